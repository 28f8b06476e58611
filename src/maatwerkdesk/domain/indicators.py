"""Willekeur-indicatoren: signs of arbitrariness in what is recorded for a dossier.

Each indicator is a pure function over an `IndicatorInput` that returns a `Finding` (what is
wrong and how to resolve it, in Dutch) or None when it does not apply. `evaluate` runs them
all; the app lists the findings like an IDE's inspections. docs/indicators.md describes each
indicator, its legal source and how to resolve it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from maatwerkdesk.domain.case_base import ConflictGroup, OutcomeResult, PrecedentReport
from maatwerkdesk.domain.criteria_check import Applicability, CriteriaResult, GateStatus
from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.precedent import FactorSides, Outcome, Status
from maatwerkdesk.domain.precedent_explanation import (
    NAMED,
    OUTCOME_VERBS,
    name_groups,
    name_precedents,
    open_conflict_groups,
)
from maatwerkdesk.domain.proposal import Zienswijze
from maatwerkdesk.domain.text import enumerate_nl
from maatwerkdesk.domain.weighing import (
    AlternativeVerdict,
    DecisionNature,
    StepAnswer,
    StepId,
    Weighing,
)

GROUP_PATTERN_AT = 3
"""Similar deviations for the same article, this one included, that make a group pattern."""


class Severity(StrEnum):
    """How serious a finding is; compares by seriousness (`CRITICAL > HIGH`)."""

    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"

    @property
    def label(self) -> str:
        return _SEVERITY_LABELS[self]

    @property
    def rank(self) -> int:
        """0 for critical up to 4 for info: the order in which findings are listed."""
        return list(Severity).index(self)

    def __lt__(self, other: str) -> bool:
        if isinstance(other, Severity):
            return self.rank > other.rank
        return str.__lt__(self, other)

    def __le__(self, other: str) -> bool:
        if isinstance(other, Severity):
            return self.rank >= other.rank
        return str.__le__(self, other)

    def __gt__(self, other: str) -> bool:
        if isinstance(other, Severity):
            return self.rank < other.rank
        return str.__gt__(self, other)

    def __ge__(self, other: str) -> bool:
        if isinstance(other, Severity):
            return self.rank <= other.rank
        return str.__ge__(self, other)


_SEVERITY_LABELS = {
    Severity.CRITICAL: "kritiek",
    Severity.HIGH: "hoog",
    Severity.MEDIUM: "middel",
    Severity.LOW: "laag",
    Severity.INFO: "info",
}


@dataclass(frozen=True)
class Finding:
    id: str
    severity: Severity
    message: str
    """Dutch: what is wrong and how to resolve it."""
    fields: tuple[str, ...]
    """The recorded fields it looks at, or that resolve it, as stable dotted names."""


def _no_sides() -> FactorSides:
    return FactorSides({})


@dataclass(frozen=True)
class IndicatorInput:
    """What is recorded for one dossier, as far as the indicators look at it."""

    outcome: Outcome | None = None
    """The proposed or recorded outcome; None: the decision's outcome, if any."""
    decision: Decision | None = None
    factors: frozenset[str] = frozenset()
    sides: FactorSides = field(default_factory=_no_sides)
    label: Callable[[str], str] = str
    """The Dutch label of a factor id."""
    criteria: CriteriaResult | None = None
    """The route check; None: no assessment recorded."""
    criterion_label: Callable[[str], str] = str
    """The Dutch label of a criterion id."""
    precedents: PrecedentReport | None = None
    weighing: Weighing = field(default_factory=Weighing)
    factor_motivations: Mapping[str, str] = field(default_factory=dict)
    """Motivation per decisive factor id."""
    deciders: tuple[str, ...] = ()
    """Who decided or reviewed, the caseworker included."""
    conflicts_of_interest: tuple[str, ...] = ()
    """Who declared a conflict of interest (Awb 2:4)."""
    zienswijze: Zienswijze = Zienswijze.UNKNOWN
    on_application: bool = False
    """The decision is on the citizen's own application (then Awb 4:8 does not apply)."""
    similar_deviations: int = 0
    """Earlier deviations of the organisation for the same regulation and article."""
    signal_decided: bool = False
    """Whether a knelpuntsignaal has been decided (sent or consciously not)."""
    departed_from: tuple[str, ...] = ()
    """Precedents the signed decision departs from on the chair's motivation."""
    departure_motivation: str = ""

    @property
    def proposed(self) -> Outcome | None:
        """The outcome the indicators judge: the given one, else the decision's."""
        if self.outcome is not None:
            return self.outcome
        return self.decision.outcome if self.decision is not None else None

    @property
    def own_decision(self) -> Decision | None:
        """The decision, when it is for the proposed outcome."""
        decision = self.decision
        return decision if decision is not None and decision.outcome is self.proposed else None


Check = Callable[[IndicatorInput], Finding | None]


@dataclass(frozen=True)
class Indicator:
    id: str
    title: str
    """A short Dutch name, for the list in an exported document."""
    in_order: str
    """What it means, in Dutch, when the indicator does not fire."""
    check: Check


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def _quoted(labels: Iterable[str], last: str = "en") -> str:
    return enumerate_nl((f"‘{text}’" for text in sorted(labels)), last)


def _factors(i: IndicatorInput, factors: Iterable[str], last: str = "en") -> str:
    return _quoted((i.label(f) for f in factors), last)


def _criteria(i: IndicatorInput, ids: Iterable[str]) -> str:
    def named(criterion: str) -> str:
        text = i.criterion_label(criterion)
        return criterion if text == criterion else f"{criterion} ({text})"

    return enumerate_nl(named(c) for c in ids)


def _person(name: str) -> str:
    return " ".join(name.split()).casefold()


def _distinct(names: Iterable[str]) -> list[str]:
    """Names once each (ignoring case and spacing), blanks dropped, in order."""
    seen: dict[str, str] = {}
    for name in names:
        key = _person(name)
        if key and key not in seen:
            seen[key] = " ".join(name.split())
    return list(seen.values())


def _open_groups(i: IndicatorInput, check: OutcomeResult) -> list[ConflictGroup]:
    return open_conflict_groups(check, i.own_decision)


# ---------------------------------------------------------------------------
# The indicators
# ---------------------------------------------------------------------------


def contradicts_precedent(i: IndicatorInput) -> Finding | None:
    """The outcome contradicts a precedent, or a distinguishable one is not distinguished."""
    outcome, report = i.proposed, i.precedents
    if outcome is None or report is None:
        return None
    if i.departed_from and i.own_decision is not None:
        return Finding(
            "contradicts-precedent",
            Severity.INFO,
            f"De voorzitter is bij de ondertekening gemotiveerd afgeweken van "
            f"{enumerate_nl(i.departed_from)}: {i.departure_motivation}",
            ("precedents", "departure_motivation"),
        )
    check = report.outcomes[outcome]
    verb = OUTCOME_VERBS[outcome]
    sentences = []
    if check.status is Status.INCONSISTENT:
        sentences.append(
            f"{verb} is in strijd met "
            f"{name_precedents(report, check.first_contradicting(NAMED), check.contradicting_count)}"
            ": dit dossier "
            "verschilt daar niet relevant van. Alleen een gemotiveerde afwijking door de "
            "voorzitter van het casuïstiekoverleg kan nog; leg het daar voor, of controleer "
            "de factoren van dit dossier."
        )
    groups = _open_groups(i, check)
    if groups:
        if len(groups) == 1:
            options = _factors(i, groups[0].differences, "of")
        else:
            options = "; ".join(
                f"ten opzichte van {name_precedents(report, g.first(1), 1)} "
                f"{_factors(i, g.differences, 'of')}"
                for g in groups[:NAMED]
            )
        sentences.append(
            f"{verb} is in strijd met {name_groups(report, groups)}, tenzij u vastlegt waarin dit "
            f"dossier daarvan verschilt: {options}. Leg het relevante verschil vast "
            "(‘Verschil vastleggen…’); kan het niet worden onderscheiden, dan kan alleen een "
            "gemotiveerde afwijking door de voorzitter."
        )
    if not sentences:
        return None
    return Finding(
        "contradicts-precedent",
        Severity.CRITICAL,
        " ".join(sentences),
        ("precedents", "decision.distinctions"),
    )


def free_decision(i: IndicatorInput) -> Finding | None:
    """No precedent forces, forbids or constrains the outcome: new ground."""
    outcome, report = i.proposed, i.precedents
    if outcome is None or report is None:
        return None
    check = report.outcomes[outcome]
    if check.status is not Status.FREE or _open_groups(i, check):
        return None
    return Finding(
        "free-decision",
        Severity.INFO,
        f"{OUTCOME_VERBS[outcome]} is vrij: geen eerdere beslissing dwingt of verbiedt het. "
        "Dit is nieuw terrein, waar het risico op willekeur het grootst is; leg de keuze voor "
        "aan het casuïstiekoverleg.",
        ("precedents",),
    )


def degree_outside_range(i: IndicatorInput) -> Finding | None:
    """The degree lies outside the degrees of the forcing precedents (same unit)."""
    decision, report = i.decision, i.precedents
    if decision is None or decision.degree is None or report is None:
        return None
    degree = decision.degree
    ranges = [r for r in report.degree_ranges[decision.outcome] if r.unit is degree.unit]
    if not ranges or ranges[0].low <= degree.value <= ranges[0].high:
        return None
    span = ranges[0]
    forcing = [
        p
        for p in report.outcomes[decision.outcome].forcing
        if (entry := report.entries.get(p.id)) is not None
        and entry.degree is not None
        and entry.degree.unit is degree.unit
    ]
    lower = degree.value < span.low
    return Finding(
        "degree-outside-range",
        Severity.HIGH,
        f"De mate van deze beslissing ({degree}) ligt {'onder' if lower else 'boven'} die van "
        f"de eerdere beslissingen die deze uitkomst afdwingen ({span}, bij "
        f"{name_precedents(report, forcing, len(forcing))}). Pas de mate aan, of motiveer waarin dit dossier een "
        f"{'lagere' if lower else 'hogere'} mate rechtvaardigt.",
        ("decision.degree", "precedents", "decision.motivation"),
    )


def criteria_not_met(i: IndicatorInput) -> Finding | None:
    """Deviating while a knock-out criterion of the route is not met: no legal route."""
    criteria = i.criteria
    if i.proposed is not Outcome.DEVIATE or criteria is None:
        return None
    if criteria.failed_knockouts:
        one = len(criteria.failed_knockouts) == 1
        problem = (
            f"{'knock-outcriterium' if one else 'de knock-outcriteria'} "
            f"{_criteria(i, criteria.failed_knockouts)} {'is' if one else 'zijn'} niet voldaan"
        )
    elif criteria.applicable is Applicability.NO:
        problem = "langs de gekozen route kan binnen de wet niet worden afgeweken"
    else:
        return None
    return Finding(
        "criteria-not-met",
        Severity.HIGH,
        f"Afwijken heeft geen wettelijke grondslag: {problem}. Kies een route waarvan de "
        "knock-outcriteria wel voldaan zijn, herzie een antwoord dat niet klopt, of pas de "
        "algemene regel toe en stuur een knelpuntsignaal.",
        ("criteria",),
    )


def criteria_unknown(i: IndicatorInput) -> Finding | None:
    """Deviating while no route is chosen or a knock-out criterion is still unknown."""
    criteria = i.criteria
    if i.proposed is not Outcome.DEVIATE:
        return None
    if criteria is None or criteria.route is None:
        message = (
            "Er is nog geen route gekozen, dus staat niet vast dat afwijken een wettelijke "
            "grondslag heeft. Kies de route waarlangs wordt afgeweken en beantwoord de "
            "knock-outcriteria."
        )
    elif criteria.blocking_unknowns and not criteria.failed_knockouts:
        one = len(criteria.blocking_unknowns) == 1
        message = (
            f"Van {'knock-outcriterium' if one else 'de knock-outcriteria'} "
            f"{_criteria(i, criteria.blocking_unknowns)} staat nog niet vast of "
            f"{'het' if one else 'ze'} voldaan {'is' if one else 'zijn'}, dus ook niet of "
            "afwijken een wettelijke grondslag heeft. Beantwoord "
            f"{'dit criterium' if one else 'deze criteria'} met een motivering."
        )
    else:
        return None
    return Finding("criteria-unknown", Severity.MEDIUM, message, ("criteria",))


def decisive_factor_unmotivated(i: IndicatorInput) -> Finding | None:
    """A factor of the decision's reason has no motivation (Awb 3:46)."""
    decision = i.decision
    if decision is None:
        return None
    reason = decision.reason_for(i.factors, i.sides)
    missing = [f for f in reason if not i.factor_motivations.get(f, "").strip()]
    if not missing:
        return None
    one = len(missing) == 1
    return Finding(
        "decisive-factor-unmotivated",
        Severity.MEDIUM,
        f"{'De doorslaggevende factor' if one else 'De doorslaggevende factoren'} "
        f"{_factors(i, missing)} {'is' if one else 'zijn'} niet gemotiveerd. Leg per factor "
        "vast waarom die in dit dossier de doorslag geeft: een besluit moet berusten op een "
        "deugdelijke motivering (art. 3:46 Awb).",
        ("decision.factor_motivations", "decision.reason"),
    )


def sluitstuk_open(i: IndicatorInput) -> Finding | None:
    """Deviating while the sluitstuk is not satisfied: the generic ways come first."""
    criteria = i.criteria
    if i.proposed is not Outcome.DEVIATE or criteria is None:
        return None
    gate = criteria.gate
    if gate.status is GateStatus.SATISFIED:
        return None
    if gate.status is GateStatus.NOT_SATISFIED:
        severity, advice = Severity.HIGH, ""
    else:
        severity = Severity.MEDIUM
        advice = (
            " Leg per onderdeel vast of de gewone weg is geprobeerd of niet mogelijk was, en "
            "waarom: een hardheidsclausule is het laatste middel."
        )
    return Finding("sluitstuk-open", severity, gate.explanation + advice, ("criteria.sluitstuk",))


def single_decider(i: IndicatorInput) -> Finding | None:
    """A deviation decided by fewer than two people without a declared conflict."""
    if i.proposed is not Outcome.DEVIATE:
        return None
    conflicted = {_person(n) for n in i.conflicts_of_interest}
    deciders = [n for n in _distinct(i.deciders) if _person(n) not in conflicted]
    if len(deciders) >= 2:
        return None
    who = f"maar één persoon ({deciders[0]})" if deciders else "nog niemand"
    return Finding(
        "single-decider",
        Severity.HIGH,
        f"Over deze afwijking heeft {who} zonder belangenconflict beslist. Laat de beslissing "
        "toetsen door een tweede beslisser (vier-ogenprincipe) of leg haar voor aan het "
        "casuïstiekoverleg.",
        ("safeguards.deciders",),
    )


def conflict_of_interest(i: IndicatorInput) -> Finding | None:
    """Someone who declared a conflict of interest is among the deciders (Awb 2:4)."""
    conflicted = {_person(n) for n in i.conflicts_of_interest}
    involved = [n for n in _distinct(i.deciders) if _person(n) in conflicted]
    if not involved:
        return None
    one = len(involved) == 1
    return Finding(
        "conflict-of-interest",
        Severity.CRITICAL,
        f"{enumerate_nl(involved)} {'heeft' if one else 'hebben'} een belangenconflict gemeld "
        f"en {'beslist' if one else 'beslissen'} toch mee. Wie een persoonlijk belang heeft, "
        "neemt geen deel aan de besluitvorming (art. 2:4 Awb): haal "
        f"{'deze persoon' if one else 'deze personen'} van de beslissing af en laat een ander "
        "beslissen of toetsen.",
        ("safeguards.conflicts_of_interest", "safeguards.deciders"),
    )


_BURDENING_TYPES = frozenset({OutcomeType.PARTIAL, OutcomeType.ALTERNATIVE, OutcomeType.TEMPORARY})
"""Deviations that still apply part of a burdening generic outcome."""


def _burdening(i: IndicatorInput) -> bool:
    """The burdening generic outcome is applied, wholly or in part."""
    if i.weighing.nature is not DecisionNature.BURDENING:
        return False
    if i.proposed is Outcome.GENERIC:
        return True
    decision = i.own_decision
    return decision is not None and decision.outcome_type in _BURDENING_TYPES


def zienswijze_missing(i: IndicatorInput) -> Finding | None:
    """A burdening decision not on application, without a zienswijze offered (Awb 4:8)."""
    if i.on_application or i.zienswijze not in (Zienswijze.NOT_OFFERED, Zienswijze.UNKNOWN):
        return None
    if not _burdening(i):
        return None
    state = (
        "de betrokkene heeft geen zienswijze kunnen geven"
        if i.zienswijze is Zienswijze.NOT_OFFERED
        else "er is niet vastgelegd of de betrokkene een zienswijze heeft kunnen geven"
    )
    return Finding(
        "zienswijze-missing",
        Severity.HIGH,
        f"Dit besluit is belastend en niet op eigen aanvraag genomen, maar {state}. Stel de "
        "betrokkene eerst in de gelegenheid een zienswijze te geven (art. 4:8 Awb), of leg "
        "vast waarom dat niet vereist is, bijvoorbeeld omdat de inlichtingenplicht is "
        "geschonden.",
        ("safeguards.zienswijze", "weighing.nature"),
    )


def group_pattern(i: IndicatorInput) -> Finding | None:
    """A recurring deviation for the same article without a decided knelpuntsignaal."""
    if i.proposed is not Outcome.DEVIATE or i.signal_decided:
        return None
    total = i.similar_deviations + 1
    if total < GROUP_PATTERN_AT:
        return None
    return Finding(
        "group-pattern",
        Severity.LOW,
        f"Dit is de {total}e vergelijkbare afwijking bij dezelfde regeling en hetzelfde artikel. "
        "Een afwijking die steeds terugkomt, wijst op een knelpunt in de regel zelf: een "
        "uitgekristalliseerde toepassing hoort in een algemene regel (Ar 5.25). Overweeg een "
        "knelpuntsignaal of een groepsregeling, en leg vast wat u besluit.",
        ("signal",),
    )


def _generic_fails_before_balance(weighing: Weighing) -> bool:
    """Geschiktheid or noodzakelijkheid already fails: evenwichtigheid may be skipped."""
    return (
        weighing.step(StepId.SUITABILITY).answer is StepAnswer.NO
        or weighing.step(StepId.NECESSITY).answer is StepAnswer.NO
        or any(a.verdict is AlternativeVerdict.SERVES_AIM for a in weighing.alternatives.values())
    )


def balance_unweighed(i: IndicatorInput) -> Finding | None:
    """Evenwichtigheid is not answered, or not motivated (Awb 3:4 lid 2, Harderwijk)."""
    if i.proposed is None or _generic_fails_before_balance(i.weighing):
        return None
    step = i.weighing.step(StepId.BALANCE)
    if step.answer is StepAnswer.UNKNOWN:
        problem = (
            "De evenwichtigheid is nog niet afgewogen: staat niet vast of de gevolgen van de "
            "algemene regel in verhouding staan tot het doel ervan."
        )
    elif not step.motivation.strip():
        problem = "Bij de evenwichtigheid ontbreekt de motivering."
    else:
        return None
    return Finding(
        "balance-unweighed",
        Severity.MEDIUM,
        f"{problem} Beantwoord deze stap en leg vast welke gevolgen en welk doel u tegen "
        "elkaar hebt afgewogen (art. 3:4 lid 2 Awb).",
        ("weighing.steps.balance",),
    )


def generic_disproportionate(i: IndicatorInput) -> Finding | None:
    """The generic rule is applied although the weighing finds it out of balance."""
    if i.proposed is not Outcome.GENERIC:
        return None
    if i.weighing.step(StepId.BALANCE).answer is not StepAnswer.NO:
        return None
    return Finding(
        "generic-disproportionate",
        Severity.HIGH,
        "De algemene regel wordt toegepast, maar volgens de afweging staan de gevolgen niet in "
        "verhouding tot het doel (evenwichtigheid: nee). Nadelige gevolgen mogen niet "
        "onevenredig zijn (art. 3:4 lid 2 en 4:84 Awb): kies een afwijking, zoals gedeeltelijk "
        "afwijken of een alternatieve maatregel, of herzie de afweging met een motivering.",
        ("weighing.steps.balance", "decision.outcome_type"),
    )


INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        "contradicts-precedent",
        "Strijd met een eerder besluit",
        "Geen eerder besluit verzet zich tegen deze uitkomst, of het verschil ermee is vastgelegd.",
        contradicts_precedent,
    ),
    Indicator(
        "free-decision",
        "Beslissing zonder precedent",
        "Deze uitkomst is geen nieuw terrein: eerdere besluiten zeggen er iets over.",
        free_decision,
    ),
    Indicator(
        "degree-outside-range",
        "Mate buiten de bandbreedte",
        "De mate van de beslissing valt binnen die van de eerdere besluiten, of er is geen bandbreedte.",
        degree_outside_range,
    ),
    Indicator(
        "criteria-not-met",
        "Criteria niet vervuld",
        "Geen knock-outcriterium staat afwijken in de weg.",
        criteria_not_met,
    ),
    Indicator(
        "criteria-unknown",
        "Criteria onbeantwoord",
        "De criteria die de uitkomst bepalen, zijn beantwoord.",
        criteria_unknown,
    ),
    Indicator(
        "decisive-factor-unmotivated",
        "Doorslaggevende factor zonder motivering",
        "Elke doorslaggevende factor is gemotiveerd.",
        decisive_factor_unmotivated,
    ),
    Indicator(
        "sluitstuk-open",
        "Sluitstuk open",
        "Het sluitstuk (andere wegen eerst) is afgerond.",
        sluitstuk_open,
    ),
    Indicator(
        "single-decider",
        "Eén beslisser",
        "Meer dan één persoon heeft over het voorstel beslist (vier ogen).",
        single_decider,
    ),
    Indicator(
        "conflict-of-interest",
        "Belangenverstrengeling",
        "Niemand die beslist, heeft een belang gemeld.",
        conflict_of_interest,
    ),
    Indicator(
        "zienswijze-missing",
        "Zienswijze ontbreekt",
        "De burger kon zijn zienswijze geven, of dat was niet nodig.",
        zienswijze_missing,
    ),
    Indicator(
        "group-pattern",
        "Terugkerend patroon",
        "Geen reeks van drie of meer vergelijkbare afwijkingen zonder besluit over een knelpuntsignaal.",
        group_pattern,
    ),
    Indicator(
        "balance-unweighed",
        "Belangen niet gewogen",
        "De evenwichtigheid is gewogen, of dat was niet nodig.",
        balance_unweighed,
    ),
    Indicator(
        "generic-disproportionate",
        "Algemene regel onevenredig",
        "De algemene regel wordt niet toegepast tegen de eigen afweging in (evenwichtigheid: nee).",
        generic_disproportionate,
    ),
)


def finding_order(finding: Finding) -> tuple[int, str]:
    """Sort key: most serious first, then by id."""
    return finding.severity.rank, finding.id


def evaluate(data: IndicatorInput) -> list[Finding]:
    """Every finding for the dossier, most serious first, then by id."""
    found = (indicator.check(data) for indicator in INDICATORS)
    return sorted((f for f in found if f is not None), key=finding_order)


def worst(findings: Iterable[Finding]) -> Severity | None:
    """The most serious severity among the findings; None when there are none."""
    return max((f.severity for f in findings), default=None)
