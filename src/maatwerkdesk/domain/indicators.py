"""Willekeur-indicatoren: signs of arbitrariness in what is recorded for a dossier.

Each indicator is a pure function over an `IndicatorInput` that returns a `Finding` (what is
wrong, and apart from it how to resolve it, in Dutch) or None when it does not apply.
`evaluate` runs them all; the app lists the findings like an IDE's inspections. A signed
decision shows only the statements: they describe, the advice instructs. Statement and
advice go into documents too, so neither names a control of the app; where the app has a
button or column for the advice, the finding's hint names it, on screen only.
docs/indicators.md describes each indicator, its legal source and how to resolve it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from maatwerkdesk.domain.case_facts import (
    LARGE_RECOVERY_EXPLAINED,
    LARGE_RECOVERY_PERCENT,
    RecoveryBurden,
)
from maatwerkdesk.domain.criteria_check import Applicability, CriteriaResult, GateStatus
from maatwerkdesk.domain.decision import Decision, Degree, DegreeRange, OutcomeType
from maatwerkdesk.domain.precedent import FactorSides, Outcome, Status
from maatwerkdesk.domain.precedent_explanation import (
    LATER_KNOWN_NOTE,
    NAMED,
    later_known,
    name_groups,
    name_precedents,
    unbound_without_route,
)
from maatwerkdesk.domain.precedent_standing import (
    OutcomeStanding,
    Signature,
    Standing,
    conflict_standing,
)
from maatwerkdesk.domain.proportionality import (
    ALTERNATIVE_LABELS,
    Failure,
    VerdictValue,
    serving_alternatives,
    step_applicability,
    verdict,
)
from maatwerkdesk.domain.proposal import Zienswijze
from maatwerkdesk.domain.sentence import said, vocabulary_word
from maatwerkdesk.domain.signed_record import OverrideGround
from maatwerkdesk.domain.text import enumerate_nl, joined
from maatwerkdesk.domain.weighing import (
    Alternative,
    DecisionNature,
    StepAnswer,
    StepId,
    Weighing,
)

if TYPE_CHECKING:  # the engine (numpy) is only needed where a report is made
    from maatwerkdesk.domain.case_report import PrecedentReport

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
    statement: str
    """Dutch: what is wrong, as a description (it stands in a signed decision too)."""
    fields: tuple[str, ...]
    """The recorded fields it looks at, or that resolve it, as stable dotted names."""
    advice: str = ""
    """Dutch: how to resolve it, addressed to the caseworker; empty when nothing is to do.
    It stands in documents too, so it names no button or column of the app."""
    hint: str = ""
    """Dutch: the app's button or column for the advice, by its label; on screen only, as
    paper has no buttons. Empty when there is no advice or no control to name."""

    @property
    def message(self) -> str:
        """What is wrong and how to resolve it, as a document gives it."""
        return joined((self.statement, self.advice), " ") if self.advice else self.statement

    @property
    def on_screen(self) -> str:
        """The message with the hint, as the app shows it."""
        return joined((self.message, self.hint), " ") if self.hint else self.message


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
    power: str | None = None
    """The type of power of the route check: it decides which proportionality steps apply."""
    factor_motivations: Mapping[str, str] = field(default_factory=dict)
    """Motivation per decisive factor id."""
    deciders: tuple[str, ...] = ()
    """Who decided or reviewed, the caseworker included (as recorded with the proposal)."""
    advisers: tuple[str, ...] = ()
    """Members of the casuïstiekoverleg who advised on the decision."""
    conflicts_of_interest: tuple[str, ...] = ()
    """Who declared a conflict of interest (Awb 2:4), with the proposal or in the meeting."""
    zienswijze: Zienswijze = Zienswijze.UNKNOWN
    on_application: bool = False
    """The decision is on the citizen's own application (then Awb 4:8 does not apply)."""
    similar_deviations: int = 0
    """Earlier deviations of the organisation for the same regulation and article."""
    signal_decided: bool = False
    """Whether a knelpuntsignaal has been decided (sent or consciously not)."""
    signature: Signature | None = None
    """The signed decision in force: who signed it, and its departure from precedent."""
    burden: RecoveryBurden | None = None
    """The (terug)vordering against the yearly income, from the dossier's facts; None
    when either is not recorded (domain/case_facts.py)."""

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

    @property
    def involved(self) -> list[str]:
        """Everyone who decided, advised or signed, once each."""
        signer = (self.signature.signed_by,) if self.signature is not None else ()
        return _distinct((*self.deciders, *self.advisers, *signer))

    def standing(self) -> OutcomeStanding | None:
        """How the decision stands against the precedents that conflict with the outcome."""
        outcome, report = self.proposed, self.precedents
        if outcome is None or report is None:
            return None
        return conflict_standing(report.outcomes[outcome], self.decision, self.signature)


Check = Callable[[IndicatorInput], Finding | None]
BOTH = frozenset(Outcome)
DEVIATING = frozenset({Outcome.DEVIATE})


@dataclass(frozen=True)
class Indicator:
    id: str
    title: str
    """A short Dutch name, for the list in an exported document."""
    in_order: str
    """What it means, in Dutch, when the indicator judges the outcome and does not fire."""
    check: Check
    outcomes: frozenset[Outcome] = BOTH
    """The outcomes it judges; for another it says nothing, which is not "in order"."""


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def _quoted(labels: Iterable[str], *, alternatives: bool = False) -> str:
    return enumerate_nl((f"‘{text}’" for text in sorted(labels)), "of" if alternatives else "en")


def _factors(i: IndicatorInput, factors: Iterable[str], *, alternatives: bool = False) -> str:
    return _quoted((i.label(f) for f in factors), alternatives=alternatives)


def _criteria(i: IndicatorInput, ids: Iterable[str]) -> str:
    def named(criterion: str) -> str:
        text = i.criterion_label(criterion)
        return criterion if text == criterion else f"{criterion} ({text})"

    return enumerate_nl(named(c) for c in ids)


def _degree(degree: Degree) -> str:
    """'3 maanden', '50%', '€ 250,00': its unit's label translated as the label elsewhere."""
    text, unit = str(degree), degree.unit.label
    if not text.endswith(f" {unit}"):
        return text
    return said("indicators", "{number} {unit}").format(
        number=text.removesuffix(f" {unit}"), unit=vocabulary_word(unit)
    )


def _span(span: DegreeRange) -> str:
    """'40 tot 60 procent' as `str(span)` gives it, translatable."""
    low, high = Degree(span.unit, span.low), Degree(span.unit, span.high)
    if span.low == span.high:
        return _degree(low)
    return said("indicators", "{low} tot {high}").format(low=_degree(low), high=_degree(high))


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


# ---------------------------------------------------------------------------
# The indicators
# ---------------------------------------------------------------------------


def contradicts_precedent(i: IndicatorInput) -> Finding | None:
    """The outcome contradicts a precedent, or a distinguishable one is not distinguished;
    a signed, motivated departure shows as how it was resolved."""
    standing, outcome, report = i.standing(), i.proposed, i.precedents
    if standing is None or outcome is None or report is None:
        return None
    check = report.outcomes[outcome]
    sentences: list[str] = []
    advice: list[str] = []
    hint = ""
    if standing.contradiction is Standing.OPEN:
        against = name_precedents(
            report, check.first_contradicting(NAMED), check.contradicting_count
        )
        sentences.append(_CONTRADICTS[outcome].format(against=against))
        advice.append(
            said(
                "indicators",
                "Alleen een gemotiveerde afwijking door de voorzitter van het casuïstiekoverleg "
                "kan nog; leg het daar voor, of controleer de factoren van dit dossier.",
            )
        )
    groups = standing.groups_in(Standing.OPEN)
    if groups:
        if len(groups) == 1:
            options = said("indicators", "op {factors}").format(
                factors=_factors(i, groups[0].differences, alternatives=True)
            )
        else:
            options = joined(
                [
                    said("indicators", "ten opzichte van {precedent} op {factors}").format(
                        precedent=name_precedents(report, g.first(1), 1),
                        factors=_factors(i, g.differences, alternatives=True),
                    )
                    for g in groups[:NAMED]
                ],
                "; ",
            )
        sentences.append(
            _UNDISTINGUISHED[outcome].format(groups=name_groups(report, groups), options=options)
        )
        advice.append(
            said(
                "indicators",
                "Leg het relevante verschil vast; kan het niet worden onderscheiden, dan kan "
                "alleen een gemotiveerde afwijking door de voorzitter.",
            )
        )
        hint = said(
            "indicators",
            "Het verschil legt u vast met ‘Verschil vastleggen…’ in de stap Precedenten.",
        )
    signature = standing.signature
    if standing.departed and signature is not None:
        sentences.append(
            said(
                "indicators",
                "De voorzitter is bij de ondertekening gemotiveerd afgeweken van {precedents}: "
                "{motivation}",
            ).format(
                precedents=enumerate_nl(signature.departed_from), motivation=signature.motivation
            )
        )
    if not sentences:
        return None
    return Finding(
        "contradicts-precedent",
        Severity.CRITICAL if standing.is_open else Severity.INFO,
        joined(sentences, " "),
        ("precedents", "decision.distinctions" if standing.is_open else "departure_motivation"),
        joined(advice, " "),
        hint,
    )


_CONTRADICTS = {
    Outcome.DEVIATE: said(
        "indicators",
        "Het afwijken van de regel is in strijd met {against}: dit dossier verschilt daar niet "
        "relevant van.",
    ),
    Outcome.GENERIC: said(
        "indicators",
        "Het toepassen van de algemene regel is in strijd met {against}: dit dossier verschilt "
        "daar niet relevant van.",
    ),
}
_UNDISTINGUISHED = {
    Outcome.DEVIATE: said(
        "indicators",
        "Het afwijken van de regel is in strijd met {groups}: er is niet vastgelegd waarin dit "
        "dossier daarvan verschilt (dat kan {options}).",
    ),
    Outcome.GENERIC: said(
        "indicators",
        "Het toepassen van de algemene regel is in strijd met {groups}: er is niet vastgelegd "
        "waarin dit dossier daarvan verschilt (dat kan {options}).",
    ),
}
_FREE = {
    Outcome.DEVIATE: said(
        "indicators",
        "Het afwijken van de regel is vrij: geen eerdere beslissing dwingt of verbiedt het. Dit "
        "is nieuw terrein, waar het risico op willekeur het grootst is.",
    ),
    Outcome.GENERIC: said(
        "indicators",
        "Het toepassen van de algemene regel is vrij: geen eerdere beslissing dwingt of "
        "verbiedt het. Dit is nieuw terrein, waar het risico op willekeur het grootst is.",
    ),
}
"""Per outcome, as `OUTCOME_ACTS` names it at the start of a sentence."""


def free_decision(i: IndicatorInput) -> Finding | None:
    """No precedent forces, forbids or constrains the outcome: new ground; or, without a
    route, not yet judged against precedent at all."""
    standing, outcome, report = i.standing(), i.proposed, i.precedents
    if standing is None or outcome is None or report is None:
        return None
    if report.outcomes[outcome].status is not Status.FREE or standing.is_open or standing.departed:
        return None
    if report.route is None:
        return Finding(
            "free-decision",
            Severity.INFO,
            unbound_without_route(outcome, i.signature is not None),
            ("precedents", "criteria"),
            said(
                "indicators",
                "Kies de route in de stap Toetsing; dan wordt getoetst aan de eerdere "
                "beslissingen langs die route.",
            ),
        )
    return Finding(
        "free-decision",
        Severity.INFO,
        _FREE[outcome],
        ("precedents",),
        said("indicators", "Leg de keuze voor aan het casuïstiekoverleg."),
    )


def later_precedent(i: IndicatorInput) -> Finding | None:
    """Precedents that became known only after the decision was signed go against it:
    information that it may have been overtaken, never a problem with the signed decision,
    which was judged against the case base as it stood when it was signed."""
    outcome, report = i.proposed, i.precedents
    if outcome is None or report is None:
        return None
    lines = later_known(report, outcome, i.decision, i.label)
    if not lines:
        return None
    return Finding(
        "later-precedent", Severity.INFO, joined((*lines, LATER_KNOWN_NOTE), " "), ("precedents",)
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
    statement = (
        said(
            "indicators",
            "De mate van deze beslissing ({degree}) ligt onder die van de eerdere beslissingen "
            "die deze uitkomst afdwingen ({span}, bij {precedents}).",
        )
        if lower
        else said(
            "indicators",
            "De mate van deze beslissing ({degree}) ligt boven die van de eerdere beslissingen "
            "die deze uitkomst afdwingen ({span}, bij {precedents}).",
        )
    )
    advice = (
        said(
            "indicators",
            "Pas de mate aan, of motiveer waarin dit dossier een lagere mate rechtvaardigt.",
        )
        if lower
        else said(
            "indicators",
            "Pas de mate aan, of motiveer waarin dit dossier een hogere mate rechtvaardigt.",
        )
    )
    return Finding(
        "degree-outside-range",
        Severity.HIGH,
        statement.format(
            degree=_degree(degree),
            span=_span(span),
            precedents=name_precedents(report, forcing, len(forcing)),
        ),
        ("decision.degree", "precedents", "decision.motivation"),
        advice,
    )


def criteria_not_met(i: IndicatorInput) -> Finding | None:
    """Deviating while a knock-out criterion of the route is not met: no legal route."""
    criteria = i.criteria
    if i.proposed is not Outcome.DEVIATE or criteria is None:
        return None
    statement: str
    if criteria.failed_knockouts:
        statement = (
            said(
                "indicators",
                "Afwijken heeft geen wettelijke grondslag: aan het harde criterium {criteria} is "
                "niet voldaan.",
            )
            if len(criteria.failed_knockouts) == 1
            else said(
                "indicators",
                "Afwijken heeft geen wettelijke grondslag: aan de harde criteria {criteria} is "
                "niet voldaan.",
            )
        ).format(criteria=_criteria(i, criteria.failed_knockouts))
    elif criteria.applicable is Applicability.NO:
        statement = said(
            "indicators",
            "Afwijken heeft geen wettelijke grondslag: langs de gekozen route kan binnen de wet "
            "niet worden afgeweken.",
        )
    else:
        return None
    return _unless_overridden(
        i,
        OverrideGround.ROUTE_NOT_APPLICABLE,
        Finding(
            "criteria-not-met",
            Severity.HIGH,
            statement,
            ("criteria",),
            said(
                "indicators",
                "Kies een route waarvan aan de harde criteria wel is voldaan, herzie een antwoord "
                "dat niet klopt, of pas de algemene regel toe en stuur een knelpuntsignaal.",
            ),
        ),
    )


def criteria_unknown(i: IndicatorInput) -> Finding | None:
    """Deviating while no route is chosen or a knock-out criterion is still unknown."""
    criteria = i.criteria
    if i.proposed is not Outcome.DEVIATE:
        return None
    statement: str
    advice: str
    if criteria is None or criteria.route is None:
        statement = said(
            "indicators",
            "Er is nog geen route gekozen, dus staat niet vast dat afwijken een wettelijke "
            "grondslag heeft.",
        )
        advice = said(
            "indicators",
            "Kies de route waarlangs wordt afgeweken en beantwoord de harde criteria.",
        )
    elif criteria.blocking_unknowns and not criteria.failed_knockouts:
        one = len(criteria.blocking_unknowns) == 1
        statement = (
            said(
                "indicators",
                "Van het harde criterium {criteria} staat nog niet vast of eraan is voldaan, "
                "dus ook niet of afwijken een wettelijke grondslag heeft.",
            )
            if one
            else said(
                "indicators",
                "Van de harde criteria {criteria} staat nog niet vast of eraan is voldaan, dus "
                "ook niet of afwijken een wettelijke grondslag heeft.",
            )
        ).format(criteria=_criteria(i, criteria.blocking_unknowns))
        advice = (
            said("indicators", "Beantwoord dit criterium met een motivering.")
            if one
            else said("indicators", "Beantwoord deze criteria met een motivering.")
        )
    else:
        return None
    return _unless_overridden(
        i,
        OverrideGround.ROUTE_UNDETERMINED,
        Finding("criteria-unknown", Severity.MEDIUM, statement, ("criteria",), advice),
    )


def _unless_overridden(i: IndicatorInput, ground: OverrideGround, finding: Finding) -> Finding:
    """The finding, or, when the chair signed with a motivated override of this part of the
    check, the same fact as information with the override's motivation."""
    signature = i.signature
    override = signature.override if signature is not None else None
    if override is None or ground not in override.grounds:
        return finding
    return replace(
        finding,
        severity=Severity.INFO,
        statement=said(
            "indicators",
            "{statement} De voorzitter is bij de ondertekening gemotiveerd afgeweken van de "
            "toets: {motivation}",
        ).format(statement=finding.statement, motivation=override.motivation),
        advice="",
        hint="",
    )


def decisive_factor_unmotivated(i: IndicatorInput) -> Finding | None:
    """A factor of the decision's reason has no motivation (Awb 3:46)."""
    decision = i.decision
    if decision is None:
        return None
    reason = decision.reason_for(i.factors, i.sides)
    missing = [f for f in reason if not i.factor_motivations.get(f, "").strip()]
    if not missing:
        return None
    statement = (
        said("indicators", "De doorslaggevende factor {factors} is niet gemotiveerd.")
        if len(missing) == 1
        else said("indicators", "De doorslaggevende factoren {factors} zijn niet gemotiveerd.")
    )
    return Finding(
        "decisive-factor-unmotivated",
        Severity.MEDIUM,
        statement.format(factors=_factors(i, missing)),
        ("decision.factor_motivations", "decision.reason"),
        said(
            "indicators",
            "Leg per factor vast waarom die in dit dossier de doorslag geeft: een besluit moet "
            "berusten op een deugdelijke motivering (art. 3:46 Awb).",
        ),
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
        severity = Severity.HIGH
        advice = said("indicators", "Probeer eerst de gewone weg, of leg vast waarom die niet kan.")
    else:
        severity = Severity.MEDIUM
        advice = said(
            "indicators",
            "Leg per onderdeel vast of de gewone weg is geprobeerd of niet mogelijk was, en "
            "waarom: afwijken is het laatste middel.",
        )
    return Finding("sluitstuk-open", severity, gate.explanation, ("criteria.sluitstuk",), advice)


def _conflicted(i: IndicatorInput) -> set[str]:
    return {_person(n) for n in i.conflicts_of_interest}


def single_decider(i: IndicatorInput) -> Finding | None:
    """A deviation decided by fewer than two people without a declared conflict. Advice in
    the casuïstiekoverleg counts as review; a deviation the chair signed passed four eyes
    (the chair is never the caseworker or the one who recorded the proposal)."""
    if i.proposed is not Outcome.DEVIATE:
        return None
    conflicted = _conflicted(i)
    signature = i.signature
    if (
        signature is not None
        and signature.signed_by  # a historic decision has no signer: its record decides
        and signature.outcome is Outcome.DEVIATE
        and _person(signature.signed_by) not in conflicted
    ):
        return None
    people = [n for n in _distinct((*i.deciders, *i.advisers)) if _person(n) not in conflicted]
    if len(people) >= 2:
        return None
    statement = (
        said(
            "indicators",
            "Over deze afwijking heeft maar één persoon ({person}) zonder belangenconflict "
            "beslist of geadviseerd.",
        ).format(person=people[0])
        if people
        else said(
            "indicators",
            "Over deze afwijking heeft nog niemand zonder belangenconflict beslist of geadviseerd.",
        )
    )
    return Finding(
        "single-decider",
        Severity.HIGH,
        statement,
        ("safeguards.deciders",),
        said(
            "indicators",
            "Laat de beslissing toetsen door een tweede beslisser (vier-ogenprincipe) of leg "
            "haar voor aan het casuïstiekoverleg.",
        ),
    )


def conflict_of_interest(i: IndicatorInput) -> Finding | None:
    """Someone who declared a conflict of interest decided, advised or signed (Awb 2:4)."""
    conflicted = _conflicted(i)
    involved = [n for n in i.involved if _person(n) in conflicted]
    if not involved:
        return None
    one = len(involved) == 1
    statement = (
        said(
            "indicators",
            "{people} heeft een belangenconflict gemeld en beslist toch mee. Wie een "
            "persoonlijk belang heeft, neemt geen deel aan de besluitvorming (art. 2:4 Awb).",
        )
        if one
        else said(
            "indicators",
            "{people} hebben een belangenconflict gemeld en beslissen toch mee. Wie een "
            "persoonlijk belang heeft, neemt geen deel aan de besluitvorming (art. 2:4 Awb).",
        )
    )
    advice = (
        said(
            "indicators",
            "Haal deze persoon van de beslissing af en laat een ander beslissen of toetsen.",
        )
        if one
        else said(
            "indicators",
            "Haal deze personen van de beslissing af en laat een ander beslissen of toetsen.",
        )
    )
    return Finding(
        "conflict-of-interest",
        Severity.CRITICAL,
        statement.format(people=enumerate_nl(involved)),
        ("safeguards.conflicts_of_interest", "safeguards.deciders"),
        advice,
    )


_BURDENING_TYPES = frozenset(
    {
        OutcomeType.PARTIAL,
        OutcomeType.ALTERNATIVE,
        OutcomeType.TEMPORARY,
        OutcomeType.SUSPEND,
        OutcomeType.PAYMENT_PLAN,
    }
)
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
    statement = (
        said(
            "indicators",
            "Dit besluit is belastend en niet op eigen aanvraag genomen, maar de betrokkene "
            "heeft geen zienswijze kunnen geven.",
        )
        if i.zienswijze is Zienswijze.NOT_OFFERED
        else said(
            "indicators",
            "Dit besluit is belastend en niet op eigen aanvraag genomen, maar er is niet "
            "vastgelegd of de betrokkene een zienswijze heeft kunnen geven.",
        )
    )
    return Finding(
        "zienswijze-missing",
        Severity.HIGH,
        statement,
        ("safeguards.zienswijze", "weighing.nature"),
        said(
            "indicators",
            "Stel de betrokkene eerst in de gelegenheid een zienswijze te geven (art. 4:8 Awb), "
            "of leg vast waarom dat niet vereist is, bijvoorbeeld omdat de inlichtingenplicht "
            "is geschonden.",
        ),
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
        said(
            "indicators",
            "Dit is de {number}e vergelijkbare afwijking bij dezelfde regeling en hetzelfde "
            "artikel. Een afwijking die steeds terugkomt, wijst op een knelpunt in de regel "
            "zelf: een uitgekristalliseerde toepassing hoort in een algemene regel (Ar 5.25).",
        ).format(number=total),
        ("signal",),
        said(
            "indicators",
            "Overweeg een knelpuntsignaal of een groepsregeling, en leg vast wat u besluit.",
        ),
    )


def balance_unweighed(i: IndicatorInput) -> Finding | None:
    """Evenwichtigheid applies but is not answered, or not motivated (Awb 3:4 lid 2,
    Harderwijk). Whether it applies is the proportionality check's own answer."""
    if i.proposed is None:
        return None
    if not step_applicability(i.weighing, i.power)[StepId.BALANCE].applies:
        return None
    step = i.weighing.step(StepId.BALANCE)
    if step.answer is StepAnswer.UNKNOWN:
        problem = said(
            "indicators",
            "De evenwichtigheid is nog niet afgewogen: staat niet vast of de gevolgen van de "
            "algemene regel in verhouding staan tot het doel ervan.",
        )
    elif not step.motivation.strip():
        problem = said("indicators", "Bij de evenwichtigheid ontbreekt de motivering.")
    else:
        return None
    return Finding(
        "balance-unweighed",
        Severity.MEDIUM,
        problem,
        ("weighing.steps.balance",),
        said(
            "indicators",
            "Beantwoord deze stap en leg vast welke gevolgen en welk doel u tegen elkaar hebt "
            "afgewogen (art. 3:4 lid 2 Awb).",
        ),
    )


_FAILURE_FIELDS = {
    Failure.UNSUITABLE: "weighing.steps.suitability",
    Failure.UNNECESSARY: "weighing.steps.necessity",
    Failure.LIGHTER_MEASURE: "weighing.alternatives",
    Failure.PARTIAL_BALANCE: "weighing.steps.balance",
    Failure.UNBALANCED: "weighing.steps.balance",
}


def _alternatives(which: Iterable[Alternative], *, capitalised: bool = False) -> str:
    """'een betalingsregeling of een kortere maatregel', each translated as its label
    elsewhere; `capitalised`: to start a sentence with."""
    chosen = list(which)
    words: list[str] = [vocabulary_word(ALTERNATIVE_LABELS[a]) for a in chosen]
    if capitalised and chosen:
        words[0] = _CAPITALISED_ALTERNATIVES[chosen[0]]
    return enumerate_nl(words, "of")


_CAPITALISED_ALTERNATIVES: dict[Alternative, str] = {
    Alternative.PARTIAL_RECOVERY: said("indicators", "Gedeeltelijke terugvordering"),
    Alternative.PAYMENT_PLAN: said("indicators", "Een betalingsregeling"),
    Alternative.SHORTER_MEASURE: said("indicators", "Een kortere maatregel"),
    Alternative.SUSPENDED_MEASURE: said("indicators", "Een voorwaardelijke maatregel"),
    Alternative.WARNING_FIRST: said("indicators", "Eerst een waarschuwing"),
    Alternative.TEMPORARY_EXCEPTION: said("indicators", "Een tijdelijke uitzondering"),
}
"""`ALTERNATIVE_LABELS` at the start of a sentence."""
_OUTCOME_TYPE_WORDS: dict[OutcomeType, str] = {
    OutcomeType.GENERIC: said("indicators", "algemene regel toepassen"),
    OutcomeType.REFUSE: said("indicators", "verzoek afwijzen"),
    OutcomeType.FULL: said("indicators", "volledig afwijken"),
    OutcomeType.PARTIAL: said("indicators", "gedeeltelijk afwijken"),
    OutcomeType.ALTERNATIVE: said("indicators", "alternatieve maatregel"),
    OutcomeType.TEMPORARY: said("indicators", "tijdelijk maatwerk"),
    OutcomeType.SUSPEND: said("indicators", "opschorten of schorsen"),
    OutcomeType.CORRECTION: said("indicators", "herstel van het besluit"),
    OutcomeType.PAYMENT_PLAN: said("indicators", "betalingsregeling op maat"),
}
"""The kind of decision inside a sentence: its label in lower case."""


def generic_disproportionate(i: IndicatorInput) -> Finding | None:
    """The generic rule is applied although the weighing's verdict finds it disproportionate,
    whichever way (each failure of the verdict is named)."""
    if i.proposed is not Outcome.GENERIC:
        return None
    result = verdict(i.weighing, i.power)
    if result.value is not VerdictValue.DISPROPORTIONATE:
        return None
    ways = [
        said("indicators", "{failure}: {alternatives}").format(
            failure=vocabulary_word(f.label),
            alternatives=_alternatives(serving_alternatives(i.weighing)),
        )
        if f is Failure.LIGHTER_MEASURE
        else vocabulary_word(f.label)
        for f in result.failures
    ]
    return _unless_overridden(
        i,
        OverrideGround.GENERIC_DISPROPORTIONATE,
        Finding(
            "generic-disproportionate",
            Severity.HIGH,
            said(
                "indicators",
                "De algemene regel wordt toegepast, maar volgens de afweging is de generieke "
                "uitkomst onevenredig ({ways}). Nadelige gevolgen mogen niet onevenredig zijn "
                "(art. 3:4 lid 2 en 4:84 Awb).",
            ).format(ways=joined(list(ways), "; ")),
            (*dict.fromkeys(_FAILURE_FIELDS[f] for f in result.failures), "decision.outcome_type"),
            said(
                "indicators",
                "Kies een afwijking, zoals gedeeltelijk afwijken of een alternatieve maatregel, "
                "of herzie de afweging met een motivering.",
            ),
        ),
    )


APPLIED_BY: dict[Alternative, frozenset[OutcomeType]] = {
    Alternative.PARTIAL_RECOVERY: frozenset({OutcomeType.PARTIAL}),
    Alternative.PAYMENT_PLAN: frozenset({OutcomeType.ALTERNATIVE, OutcomeType.PAYMENT_PLAN}),
    Alternative.SHORTER_MEASURE: frozenset({OutcomeType.PARTIAL, OutcomeType.ALTERNATIVE}),
    Alternative.SUSPENDED_MEASURE: frozenset({OutcomeType.ALTERNATIVE, OutcomeType.SUSPEND}),
    Alternative.WARNING_FIRST: frozenset({OutcomeType.ALTERNATIVE}),
    Alternative.TEMPORARY_EXCEPTION: frozenset({OutcomeType.TEMPORARY}),
}
"""The kinds of deviation that can carry each lighter measure."""


def alternative_unexplained(i: IndicatorInput) -> Finding | None:
    """A deviation in the citizen's favour while a lighter measure serves the rule's aim as
    well, and nothing says why that measure is set aside (Awb 3:46: the decision goes further
    than the weighing needs)."""
    if i.proposed is not Outcome.DEVIATE:
        return None
    if not step_applicability(i.weighing, i.power)[StepId.NECESSITY].applies:
        return None
    decision = i.own_decision
    kind = decision.outcome_type if decision is not None else None
    missing = [
        a
        for a in serving_alternatives(i.weighing)
        if kind not in APPLIED_BY[a] and not i.weighing.alternative(a).set_aside.strip()
    ]
    if not missing:
        return None
    one = len(missing) == 1
    if kind is None:
        statement = (
            said(
                "indicators",
                "{alternatives} dient volgens de afweging het doel even goed, maar er staat niet "
                "bij waarom afwijken die lichtere maatregel terzijde legt.",
            )
            if one
            else said(
                "indicators",
                "{alternatives} dienen volgens de afweging het doel even goed, maar er staat "
                "niet bij waarom afwijken die lichtere maatregelen terzijde legt.",
            )
        ).format(alternatives=_alternatives(missing, capitalised=True))
    else:
        statement = (
            said(
                "indicators",
                "{alternatives} dient volgens de afweging het doel even goed, maar er staat niet "
                "bij waarom het besluit ({kind}) die lichtere maatregel terzijde legt.",
            )
            if one
            else said(
                "indicators",
                "{alternatives} dienen volgens de afweging het doel even goed, maar er staat "
                "niet bij waarom het besluit ({kind}) die lichtere maatregelen terzijde legt.",
            )
        ).format(
            alternatives=_alternatives(missing, capitalised=True), kind=_OUTCOME_TYPE_WORDS[kind]
        )
    return Finding(
        "alternative-unexplained",
        Severity.MEDIUM,
        statement,
        ("weighing.alternatives", "decision.outcome_type"),
        said(
            "indicators",
            "Leg bij de alternatieven in de afweging vast waarom die maatregel niet volstaat, of "
            "kies die maatregel als uitkomst.",
        ),
        said(
            "indicators",
            "Dat is de kolom ‘Waarom niet gekozen’ in de tabel met lichtere middelen.",
        ),
    )


def recovery_large(i: IndicatorInput) -> Finding | None:
    """The generic rule recovers a large share of the yearly income (`LARGE_RECOVERY_SHARE`
    in domain/case_facts.py): a burden the evenwichtigheid must weigh. Medium while that
    step is unanswered or unmotivated; once it is, the ratio stays visible as information."""
    burden = i.burden
    if i.proposed is not Outcome.GENERIC or burden is None or not burden.large:
        return None
    statement = joined((burden.sentence, LARGE_RECOVERY_EXPLAINED), " ")
    fields = ("weighing.steps.balance", "facts.amounts")
    step = i.weighing.step(StepId.BALANCE)
    if step.answer is not StepAnswer.UNKNOWN and step.motivation.strip():
        return Finding(
            "recovery-large",
            Severity.INFO,
            said("indicators", "{statement} Deze last is bij de evenwichtigheid gewogen.").format(
                statement=statement
            ),
            fields,
        )
    return Finding(
        "recovery-large",
        Severity.MEDIUM,
        statement,
        fields,
        said(
            "indicators",
            "Weeg deze last bij de evenwichtigheid en leg vast waarom hij in verhouding staat "
            "tot het doel van de regel, of kies een lichtere maatregel, zoals een "
            "betalingsregeling of gedeeltelijke terugvordering.",
        ),
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
        "later-precedent",
        "Later bekend precedent",
        "Geen beslissing die pas na de ondertekening bekend werd, gaat tegen het besluit in.",
        later_precedent,
    ),
    Indicator(
        "degree-outside-range",
        "Mate buiten de bandbreedte",
        "De mate van de beslissing valt binnen die van de eerdere besluiten, of er is geen bandbreedte.",
        degree_outside_range,
    ),
    Indicator(
        "criteria-not-met",
        "Niet aan de harde criteria voldaan",
        "Aan de harde criteria is voldaan: geen daarvan staat afwijken in de weg.",
        criteria_not_met,
        DEVIATING,
    ),
    Indicator(
        "criteria-unknown",
        "Criteria onbeantwoord",
        "De route is gekozen en haar harde criteria zijn beantwoord.",
        criteria_unknown,
        DEVIATING,
    ),
    Indicator(
        "decisive-factor-unmotivated",
        "Doorslaggevende factor zonder motivering",
        "Elke doorslaggevende factor is gemotiveerd.",
        decisive_factor_unmotivated,
    ),
    Indicator(
        "sluitstuk-open",
        "Gewone wegen niet eerst geprobeerd",
        "De gewone wegen zijn eerst geprobeerd of waren niet mogelijk, met de reden erbij.",
        sluitstuk_open,
        DEVIATING,
    ),
    Indicator(
        "single-decider",
        "Eén beslisser",
        "Minstens twee personen zonder belangenconflict hebben over de afwijking beslist of "
        "geadviseerd, of de voorzitter heeft haar na de vier-ogencontrole ondertekend.",
        single_decider,
        DEVIATING,
    ),
    Indicator(
        "conflict-of-interest",
        "Belangenverstrengeling",
        "Niemand die beslist, adviseert of ondertekent, heeft een belang gemeld.",
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
        DEVIATING,
    ),
    Indicator(
        "balance-unweighed",
        "Belangen niet gewogen",
        "De evenwichtigheid is gewogen en gemotiveerd, of die stap geldt hier niet.",
        balance_unweighed,
    ),
    Indicator(
        "generic-disproportionate",
        "Algemene regel onevenredig",
        "Volgens de afweging is de algemene regel hier niet onevenredig.",
        generic_disproportionate,
        frozenset({Outcome.GENERIC}),
    ),
    Indicator(
        "alternative-unexplained",
        "Lichtere maatregel terzijde",
        "Geen lichtere maatregel die het doel even goed dient, is zonder reden terzijde gelegd.",
        alternative_unexplained,
        DEVIATING,
    ),
    Indicator(
        "recovery-large",
        "Terugvordering groot ten opzichte van inkomen",
        f"De (terug)vordering is minder dan {LARGE_RECOVERY_PERCENT} % van het jaarinkomen, of de "
        "bedragen zijn niet vastgelegd.",
        recovery_large,
        frozenset({Outcome.GENERIC}),
    ),
)


INFORMATION_ONLY = frozenset({"later-precedent"})
"""Findings about what became known after the decision was signed: they describe it and
never weigh in on it (the chart's risk of arbitrariness leaves them out)."""


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
