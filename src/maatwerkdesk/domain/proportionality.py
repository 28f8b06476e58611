"""Is the generic outcome proportionate? Computed from a `Weighing`, with reasons in Dutch.

Three computations, all pure:

* `step_applicability`: which Harderwijk steps apply. A bound power from a formal statute
  leaves only evenwichtigheid (toetsingsverbod, art. 120 Gw; the bijzondere-omstandigheden
  exception). Refusing a benefit has no lighter measure, so noodzakelijkheid does not apply
  to a favourable decision. Geschiktheid answered "no" makes the later steps skippable;
  noodzakelijkheid answered "no", or an alternative that serves the aim, makes
  evenwichtigheid skippable.
* `review_intensity`: the sliding scale. Each intensity factor scores -1 / 0 / +1 for
  LOW / MEDIUM / HIGH in its own direction (`+` = more intensive review); beleidsruimte,
  the weight of the aim and the citizen's blameworthiness point towards restraint, the
  others towards intensity. An unfilled children factor counts +1 when the children's
  interest is recorded as HEAVY. A score of -2 or less is restrained, +2 or more is
  intensive, anything between is moderate.
* `verdict`: whether the generic outcome is disproportionate, from the applicable steps
  only. Any failure decides: geschiktheid "no", noodzakelijkheid "no" or an alternative
  that serves the aim, evenwichtigheid "no". Otherwise an unanswered step leaves the
  verdict uncertain, then a step answered "partly" does too, with one exception: under
  intensive review an evenwichtigheid answered "partly" tips to disproportionate, because
  there doubt works in the citizen's favour. With every applicable step "yes" the generic
  outcome is proportionate. Missing motivations and missing context add a sentence but
  never change the value. `Verdict.failures` names each way the generic outcome failed.

The texts describe what is and is not established, and never tell the caseworker what to do:
they stand unchanged in a signed decision.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from maatwerkdesk.domain.sentence import Sentence, said, vocabulary_word
from maatwerkdesk.domain.text import enumerate_nl
from maatwerkdesk.domain.weighing import (
    Alternative,
    AlternativeVerdict,
    DecisionNature,
    IntensityFactor,
    InterestHolder,
    Level,
    StepAnswer,
    StepId,
    Weighing,
    Weight,
)

BOUND_BY_STATUTE = "gebonden-wet"
"""The power id for a bound power from a formal statute (criteria catalogue)."""

RESTRAINED_AT_MOST = -2
"""An intensity score at or below this is restrained review."""
INTENSIVE_AT_LEAST = 2
"""An intensity score at or above this is intensive review."""

# ---------------------------------------------------------------------------
# Dutch labels for the recorded values (weighing.py stays free of texts)
# ---------------------------------------------------------------------------

NATURE_LABELS: Mapping[DecisionNature, str] = MappingProxyType(
    {
        DecisionNature.BURDENING: "belastend",
        DecisionNature.FAVOURABLE: "begunstigend",
        DecisionNature.MIXED: "hybride",
        DecisionNature.UNKNOWN: "nog onbekend",
    }
)
STEP_LABELS: Mapping[StepId, str] = MappingProxyType(
    {
        StepId.SUITABILITY: "Geschiktheid",
        StepId.NECESSITY: "Noodzakelijkheid",
        StepId.BALANCE: "Evenwichtigheid",
    }
)
ANSWER_LABELS: Mapping[StepAnswer, str] = MappingProxyType(
    {
        StepAnswer.YES: "ja",
        StepAnswer.PARTLY: "gedeeltelijk",
        StepAnswer.NO: "nee",
        StepAnswer.UNKNOWN: "nog onbekend",
    }
)
ALTERNATIVE_LABELS: Mapping[Alternative, str] = MappingProxyType(
    {
        Alternative.PARTIAL_RECOVERY: "gedeeltelijke terugvordering",
        Alternative.PAYMENT_PLAN: "een betalingsregeling",
        Alternative.SHORTER_MEASURE: "een kortere maatregel",
        Alternative.SUSPENDED_MEASURE: "een voorwaardelijke maatregel",
        Alternative.WARNING_FIRST: "eerst een waarschuwing",
        Alternative.TEMPORARY_EXCEPTION: "een tijdelijke uitzondering",
    }
)
ALTERNATIVE_VERDICT_LABELS: Mapping[AlternativeVerdict, str] = MappingProxyType(
    {
        AlternativeVerdict.SERVES_AIM: "dient het doel even goed",
        AlternativeVerdict.INSUFFICIENT: "dient het doel niet even goed",
        AlternativeVerdict.NOT_CONSIDERED: "nog niet overwogen",
    }
)
INTEREST_HOLDER_LABELS: Mapping[InterestHolder, str] = MappingProxyType(
    {
        InterestHolder.CITIZEN: "de burger",
        InterestHolder.CHILDREN: "minderjarige kinderen",
        InterestHolder.THIRD_PARTIES: "derden",
        InterestHolder.PUBLIC: "het algemeen belang",
        InterestHolder.RULE_AIM: "het doel van de regel",
    }
)
WEIGHT_LABELS: Mapping[Weight, str] = MappingProxyType(
    {
        Weight.NONE: "geen",
        Weight.LIGHT: "licht",
        Weight.MODERATE: "gemiddeld",
        Weight.HEAVY: "zwaar",
    }
)
FACTOR_LABELS: Mapping[IntensityFactor, str] = MappingProxyType(
    {
        IntensityFactor.POLICY_ROOM: "Beleidsruimte van het bestuursorgaan",
        IntensityFactor.AIM_WEIGHT: "Gewicht van het doel",
        IntensityFactor.SEVERITY: "Ernst van de gevolgen",
        IntensityFactor.FUNDAMENTAL_RIGHTS: "Grondrechten die worden geraakt",
        IntensityFactor.VULNERABILITY: "Kwetsbaarheid en doenvermogen",
        IntensityFactor.BLAMEWORTHINESS: "Verwijtbaarheid van de burger",
        IntensityFactor.OWN_SHARE: "Eigen aandeel van de organisatie",
        IntensityFactor.CHILDREN: "Belangen van minderjarige kinderen",
        IntensityFactor.THIRD_PARTIES: "Gevolgen voor derden",
    }
)
LEVEL_LABELS: Mapping[Level, str] = MappingProxyType(
    {
        Level.UNKNOWN: "onbekend",
        Level.LOW: "laag",
        Level.MEDIUM: "gemiddeld",
        Level.HIGH: "hoog",
    }
)

# ---------------------------------------------------------------------------
# 1. Which steps apply
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StepApplicability:
    applies: bool
    reason: str
    """Why the step applies or may be left out, in Dutch."""


_APPLIES = {
    StepId.SUITABILITY: said(
        "proportionality",
        "Van toepassing: de vraag is of toepassing van de regel in dit geval "
        "het doel van de regel dient.",
    ),
    StepId.NECESSITY: said(
        "proportionality",
        "Van toepassing: de vraag is of een lichtere maatregel het doel even goed dient.",
    ),
    StepId.BALANCE: said(
        "proportionality",
        "Van toepassing: de vraag is of de gevolgen in dit geval in verhouding "
        "staan tot het gewicht van het doel.",
    ),
}
_STATUTE = {
    StepId.SUITABILITY: StepApplicability(
        False,
        said(
            "proportionality",
            "Niet van toepassing: de uitkomst volgt dwingend uit een wet in formele zin, en de "
            "rechter mag de wet zelf niet toetsen (toetsingsverbod, art. 120 Grondwet). Of de "
            "regel geschikt is voor zijn doel wordt daarom niet gewogen.",
        ),
    ),
    StepId.NECESSITY: StepApplicability(
        False,
        said(
            "proportionality",
            "Niet van toepassing: de uitkomst volgt dwingend uit een wet in formele zin, en de "
            "rechter mag de wet zelf niet toetsen (toetsingsverbod, art. 120 Grondwet). Of een "
            "lichtere maatregel mogelijk was wordt daarom niet gewogen.",
        ),
    ),
    StepId.BALANCE: StepApplicability(
        True,
        said(
            "proportionality",
            "Van toepassing, maar smal: de uitkomst volgt dwingend uit een wet in formele zin. "
            "Alleen bijzondere omstandigheden waarmee de wetgever geen rekening heeft gehouden "
            "kunnen de wet in dit geval opzij zetten (ABRvS 1 maart 2023).",
        ),
    ),
}
_FAVOURABLE_NECESSITY = StepApplicability(
    False,
    said(
        "proportionality",
        "Niet van toepassing: de burger vraagt om een voorziening. Bij het weigeren daarvan is "
        "er geen lichtere maatregel om uit te kiezen; de vraag is of de weigering het doel dient "
        "en in verhouding is.",
    ),
)
_AFTER_UNSUITABLE = StepApplicability(
    False,
    said(
        "proportionality",
        "Mag worden overgeslagen: geschiktheid is met ‘nee’ beantwoord. Als de regel hier zijn "
        "doel niet dient, is de generieke uitkomst al onevenredig.",
    ),
)
_STEP_NAMES = {
    StepId.SUITABILITY: said("proportionality", "geschiktheid"),
    StepId.NECESSITY: said("proportionality", "noodzakelijkheid"),
    StepId.BALANCE: said("proportionality", "evenwichtigheid"),
}
"""The steps as a sentence names them (`STEP_LABELS`, in lower case)."""


def step_applicability(weighing: Weighing, power: str | None) -> dict[StepId, StepApplicability]:
    """Per step (in order): does it apply to this dossier, and why (not)."""
    return {step: _applicability(weighing, power, step) for step in StepId}


def _applicability(weighing: Weighing, power: str | None, step: StepId) -> StepApplicability:
    if power == BOUND_BY_STATUTE:
        return _STATUTE[step]
    favourable = weighing.nature is DecisionNature.FAVOURABLE
    if favourable and step is StepId.NECESSITY:
        return _FAVOURABLE_NECESSITY
    if step is not StepId.SUITABILITY and _answer(weighing, StepId.SUITABILITY) is StepAnswer.NO:
        return _AFTER_UNSUITABLE
    if step is StepId.BALANCE and not favourable:
        lighter = _lighter_measure_skip(weighing)
        if lighter is not None:
            return lighter
    return StepApplicability(True, _APPLIES[step])


def _lighter_measure_skip(weighing: Weighing) -> StepApplicability | None:
    """Evenwichtigheid may be left out when a lighter measure serves the aim as well."""
    serving = serving_alternatives(weighing)
    if serving:
        return StepApplicability(
            False,
            said(
                "proportionality",
                "Mag worden overgeslagen: {alternatives} dient het doel even goed, "
                "dus die lichtere maatregel gaat voor de generieke uitkomst.",
            ).format(alternatives=_alternatives_nl(serving)),
        )
    if _answer(weighing, StepId.NECESSITY) is StepAnswer.NO:
        return StepApplicability(
            False,
            said(
                "proportionality",
                "Mag worden overgeslagen: noodzakelijkheid is met ‘nee’ beantwoord, dus een "
                "lichtere maatregel dient het doel even goed en gaat voor de generieke uitkomst.",
            ),
        )
    return None


def serving_alternatives(weighing: Weighing) -> tuple[Alternative, ...]:
    """The alternatives recorded as serving the aim as well, in the enum's order."""
    return tuple(
        a for a in Alternative if weighing.alternative(a).verdict is AlternativeVerdict.SERVES_AIM
    )


def _answer(weighing: Weighing, step: StepId) -> StepAnswer:
    return weighing.step(step).answer


def _alternatives_nl(alternatives: tuple[Alternative, ...]) -> str:
    return enumerate_nl((vocabulary_word(ALTERNATIVE_LABELS[a]) for a in alternatives), last="of")


def _steps_nl(steps: tuple[StepId, ...]) -> str:
    return enumerate_nl(_STEP_NAMES[s] for s in steps)


# ---------------------------------------------------------------------------
# 2. Review intensity (sliding scale)
# ---------------------------------------------------------------------------


class IntensityLevel(StrEnum):
    RESTRAINED = "restrained"
    MODERATE = "moderate"
    INTENSIVE = "intensive"

    @property
    def label(self) -> str:
        return {
            "restrained": "terughoudend",
            "moderate": "gemiddeld",
            "intensive": "intensief",
        }[self.value]


@dataclass(frozen=True)
class Intensity:
    level: IntensityLevel
    score: int
    """The sum of the factors' contributions; positive means more intensive."""
    reasons: tuple[str, ...]


_DIRECTION: dict[IntensityFactor, int] = {
    IntensityFactor.POLICY_ROOM: -1,
    IntensityFactor.AIM_WEIGHT: -1,
    IntensityFactor.SEVERITY: 1,
    IntensityFactor.FUNDAMENTAL_RIGHTS: 1,
    IntensityFactor.VULNERABILITY: 1,
    IntensityFactor.BLAMEWORTHINESS: -1,
    IntensityFactor.OWN_SHARE: 1,
    IntensityFactor.CHILDREN: 1,
    IntensityFactor.THIRD_PARTIES: 1,
}
"""+1: a HIGH level makes the review more intensive; -1: a HIGH level makes it more restrained."""

_LEVEL_SCORE = {Level.UNKNOWN: 0, Level.LOW: -1, Level.MEDIUM: 0, Level.HIGH: 1}

_FACTOR_SENTENCES: dict[IntensityFactor, tuple[Sentence, Sentence]] = {
    IntensityFactor.POLICY_ROOM: (
        said(
            "proportionality",
            "Het bestuursorgaan heeft weinig beleidsruimte: de toetsing is intensiever.",
        ),
        said(
            "proportionality",
            "Het bestuursorgaan heeft veel beleidsruimte: de toetsing is terughoudender.",
        ),
    ),
    IntensityFactor.AIM_WEIGHT: (
        said(
            "proportionality",
            "Het doel weegt licht (bijvoorbeeld een efficiënte uitvoering): de toetsing is "
            "intensiever.",
        ),
        said(
            "proportionality",
            "Het doel weegt zwaar (bijvoorbeeld de openbare veiligheid): de toetsing is "
            "terughoudender.",
        ),
    ),
    IntensityFactor.SEVERITY: (
        said(
            "proportionality",
            "De gevolgen voor de betrokkenen zijn beperkt: de toetsing is terughoudender.",
        ),
        said(
            "proportionality",
            "De gevolgen zijn ernstig (bijvoorbeeld voor inkomen, wonen, gezondheid, gezin of "
            "verblijf): de toetsing is intensiever.",
        ),
    ),
    IntensityFactor.FUNDAMENTAL_RIGHTS: (
        said(
            "proportionality",
            "Grondrechten worden nauwelijks geraakt: de toetsing is terughoudender.",
        ),
        said(
            "proportionality",
            "Grondrechten worden geraakt (zoals huisrecht, gezinsleven of bestaanszekerheid): "
            "de toetsing is intensiever.",
        ),
    ),
    IntensityFactor.VULNERABILITY: (
        said(
            "proportionality",
            "Er zijn geen aanwijzingen voor bijzondere kwetsbaarheid of beperkt doenvermogen: "
            "de toetsing is terughoudender.",
        ),
        said(
            "proportionality",
            "Er is sprake van kwetsbaarheid of beperkt doenvermogen (bijvoorbeeld door stress, "
            "schulden of ziekte): de toetsing is intensiever.",
        ),
    ),
    IntensityFactor.BLAMEWORTHINESS: (
        said(
            "proportionality",
            "De burger valt weinig te verwijten (eerder niet kunnen dan niet willen): de "
            "toetsing is intensiever.",
        ),
        said("proportionality", "De burger valt veel te verwijten: de toetsing is terughoudender."),
    ),
    IntensityFactor.OWN_SHARE: (
        said(
            "proportionality",
            "De organisatie heeft geen of weinig eigen aandeel in het probleem: de toetsing is "
            "terughoudender.",
        ),
        said(
            "proportionality",
            "De organisatie heeft zelf een aandeel in het probleem: de toetsing is intensiever.",
        ),
    ),
    IntensityFactor.CHILDREN: (
        said(
            "proportionality",
            "De belangen van minderjarige kinderen spelen nauwelijks: de toetsing is "
            "terughoudender.",
        ),
        said(
            "proportionality",
            "De belangen van minderjarige kinderen worden geraakt: de toetsing is intensiever.",
        ),
    ),
    IntensityFactor.THIRD_PARTIES: (
        said(
            "proportionality",
            "Derden merken weinig van het besluit: de toetsing is terughoudender.",
        ),
        said("proportionality", "Het besluit raakt ook derden: de toetsing is intensiever."),
    ),
}
_CHILDREN_FROM_INTERESTS = said(
    "proportionality",
    "De belangen van minderjarige kinderen zijn als zwaar genoteerd (de factor zelf is nog "
    "niet ingevuld): de toetsing is intensiever.",
)
_NOTHING_FILLED = said(
    "proportionality",
    "Er zijn nog geen factoren voor de toetsingsintensiteit ingevuld: zonder factoren is de "
    "toetsing gemiddeld.",
)
_NOTHING_MOVED = said(
    "proportionality", "De ingevulde factoren wijzen geen kant op: de toetsing is gemiddeld."
)


def review_intensity(weighing: Weighing) -> Intensity:
    """How intensely a court would review this case, with one sentence per deciding factor."""
    moves = [_factor_move(weighing, factor) for factor in IntensityFactor]
    moves.append(_children_interest_move(weighing))
    moved = [(score, reason) for score, reason in moves if score]
    score = sum(s for s, _ in moved)
    reasons = tuple(reason for _, reason in moved)
    if not reasons:
        filled = any(weighing.level(f) is not Level.UNKNOWN for f in IntensityFactor)
        reasons = (_NOTHING_MOVED if filled else _NOTHING_FILLED,)
    return Intensity(_level_for(score), score, reasons)


def _factor_move(weighing: Weighing, factor: IntensityFactor) -> tuple[int, str]:
    level = weighing.level(factor)
    score = _DIRECTION[factor] * _LEVEL_SCORE[level]
    low, high = _FACTOR_SENTENCES[factor]
    return score, high if level is Level.HIGH else low


def _children_interest_move(weighing: Weighing) -> tuple[int, str]:
    unfilled = weighing.level(IntensityFactor.CHILDREN) is Level.UNKNOWN
    heavy = weighing.interest(InterestHolder.CHILDREN).weight is Weight.HEAVY
    return (1, _CHILDREN_FROM_INTERESTS) if unfilled and heavy else (0, "")


def _level_for(score: int) -> IntensityLevel:
    if score <= RESTRAINED_AT_MOST:
        return IntensityLevel.RESTRAINED
    if score >= INTENSIVE_AT_LEAST:
        return IntensityLevel.INTENSIVE
    return IntensityLevel.MODERATE


# ---------------------------------------------------------------------------
# 3. The verdict
# ---------------------------------------------------------------------------


class VerdictValue(StrEnum):
    DISPROPORTIONATE = "disproportionate"
    PROPORTIONATE = "proportionate"
    UNCERTAIN = "uncertain"

    @property
    def label(self) -> str:
        return {
            "disproportionate": "onevenredig",
            "proportionate": "evenredig",
            "uncertain": "onzeker",
        }[self.value]


class Failure(StrEnum):
    """A way in which the generic outcome fails the weighing: each makes it disproportionate."""

    UNSUITABLE = "unsuitable"
    UNNECESSARY = "unnecessary"
    LIGHTER_MEASURE = "lighter_measure"
    PARTIAL_BALANCE = "partial_balance"
    UNBALANCED = "unbalanced"

    @property
    def label(self) -> str:
        return _FAILURE_LABELS[self]


_FAILURE_LABELS = {
    Failure.UNSUITABLE: "geschiktheid: nee",
    Failure.UNNECESSARY: "noodzakelijkheid: nee",
    Failure.LIGHTER_MEASURE: "een lichtere maatregel dient het doel even goed",
    Failure.PARTIAL_BALANCE: "evenwichtigheid gedeeltelijk bij intensieve toetsing",
    Failure.UNBALANCED: "evenwichtigheid: nee",
}


@dataclass(frozen=True)
class Verdict:
    """Whether the *generic outcome* is disproportionate in this case."""

    value: VerdictValue
    reasons: tuple[str, ...]
    open_steps: tuple[StepId, ...]
    """Applicable steps still unanswered that keep the verdict uncertain (empty otherwise)."""
    failures: tuple[Failure, ...] = ()
    """Each way the generic outcome fails; non-empty exactly when it is disproportionate."""


def verdict(weighing: Weighing, power: str | None) -> Verdict:
    """The verdict from the answers of the applicable steps, with its reasons in Dutch."""
    applicability = step_applicability(weighing, power)
    answers = {s: _answer(weighing, s) for s in StepId if applicability[s].applies}
    value, reasons, open_steps, failures = _decide(weighing, answers)
    notes = (
        *_ignored_answers(weighing, applicability),
        *_missing_motivations(weighing, applicability),
        *_missing_context(weighing),
    )
    return Verdict(value, (*reasons, *notes), open_steps, failures)


_Decision = tuple[VerdictValue, tuple[str, ...], tuple[StepId, ...], tuple[Failure, ...]]


def _decide(weighing: Weighing, answers: dict[StepId, StepAnswer]) -> _Decision:
    failed = _failures(weighing, answers)
    if failed:
        failures = tuple(dict.fromkeys(f for f, _ in failed if f is not None))
        return VerdictValue.DISPROPORTIONATE, tuple(line for _, line in failed), (), failures
    unknown = tuple(s for s, a in answers.items() if a is StepAnswer.UNKNOWN)
    if unknown:
        if len(unknown) == 1:
            reason = said(
                "proportionality", "Nog niet te beoordelen: {step} is nog niet beantwoord."
            ).format(step=_steps_nl(unknown))
        else:
            reason = said(
                "proportionality", "Nog niet te beoordelen: {steps} zijn nog niet beantwoord."
            ).format(steps=_steps_nl(unknown))
        return VerdictValue.UNCERTAIN, (reason,), unknown, ()
    partly = tuple(s for s, a in answers.items() if a is StepAnswer.PARTLY)
    if partly:
        return _partly(weighing, partly)
    passed = said(
        "proportionality",
        "Aan alle stappen die hier gelden is voldaan ({steps}): de generieke uitkomst is evenredig.",
    ).format(steps=_steps_nl(tuple(answers)))
    return VerdictValue.PROPORTIONATE, (passed,), (), ()


_Failed = list[tuple[Failure | None, str]]
"""Per sentence, the failure it states (None: a note beside it)."""


def _failures(weighing: Weighing, answers: dict[StepId, StepAnswer]) -> _Failed:
    """One sentence per applicable step that the generic outcome fails."""
    lines: _Failed = []
    if answers.get(StepId.SUITABILITY) is StepAnswer.NO:
        lines.append(
            (
                Failure.UNSUITABLE,
                said(
                    "proportionality",
                    "De regel dient hier zijn doel niet: toepassen draagt in dit geval niet bij "
                    "aan het doel van de regel. De generieke uitkomst is daarom onevenredig.",
                ),
            )
        )
    if StepId.NECESSITY in answers:
        lines.extend(_necessity_failures(weighing, answers[StepId.NECESSITY]))
    if answers.get(StepId.BALANCE) is StepAnswer.NO:
        lines.append(
            (
                Failure.UNBALANCED,
                said(
                    "proportionality",
                    "De gevolgen voor de betrokkenen staan in dit geval niet in verhouding tot het "
                    "gewicht van het doel: de generieke uitkomst is onevenredig.",
                ),
            )
        )
    return lines


def _necessity_failures(weighing: Weighing, answer: StepAnswer) -> _Failed:
    serving = serving_alternatives(weighing)
    if serving:
        lines: _Failed = [
            (
                Failure.LIGHTER_MEASURE,
                said(
                    "proportionality",
                    "Een lichtere maatregel dient het doel even goed ({alternatives}): "
                    "de generieke uitkomst is niet noodzakelijk en daarom onevenredig.",
                ).format(alternatives=_alternatives_nl(serving)),
            )
        ]
        if answer is StepAnswer.YES:
            lines.append(
                (
                    None,
                    said(
                        "proportionality",
                        "Let op: noodzakelijkheid is met ‘ja’ beantwoord, maar bij de "
                        "alternatieven staat dat een lichtere maatregel het doel even goed dient; "
                        "die twee spreken elkaar tegen.",
                    ),
                )
            )
        return lines
    if answer is StepAnswer.NO:
        return [
            (
                Failure.UNNECESSARY,
                said(
                    "proportionality",
                    "Er is een lichtere maatregel die het doel even goed dient: de generieke "
                    "uitkomst is niet noodzakelijk en daarom onevenredig.",
                ),
            )
        ]
    return []


def _partly(weighing: Weighing, partly: tuple[StepId, ...]) -> _Decision:
    """Partial answers leave doubt; under intensive review a partial balance tips it."""
    intensive = review_intensity(weighing).level is IntensityLevel.INTENSIVE
    if intensive and StepId.BALANCE in partly:
        reason = said(
            "proportionality",
            "Aan evenwichtigheid is maar gedeeltelijk voldaan en de toetsing is intensief: bij "
            "intensieve toetsing valt twijfel in het voordeel van de burger. De generieke "
            "uitkomst is daarom onevenredig.",
        )
        return VerdictValue.DISPROPORTIONATE, (reason,), (), (Failure.PARTIAL_BALANCE,)
    reason = said(
        "proportionality",
        "Onzeker: aan {steps} is maar gedeeltelijk voldaan: een deel "
        "van de generieke uitkomst past, een ander deel niet. Dan kan een lichtere maatregel "
        "volstaan.",
    ).format(steps=_steps_nl(partly))
    return VerdictValue.UNCERTAIN, (reason,), (), ()


_IGNORED = {
    StepId.SUITABILITY: said(
        "proportionality", "Geschiktheid is ingevuld maar telt niet mee. {reason}"
    ),
    StepId.NECESSITY: said(
        "proportionality", "Noodzakelijkheid is ingevuld maar telt niet mee. {reason}"
    ),
    StepId.BALANCE: said(
        "proportionality", "Evenwichtigheid is ingevuld maar telt niet mee. {reason}"
    ),
}
"""A step answered that does not apply (`STEP_LABELS`), with why it does not."""


def _ignored_answers(
    weighing: Weighing, applicability: dict[StepId, StepApplicability]
) -> tuple[str, ...]:
    """Answered steps that do not apply: say why they do not count."""
    return tuple(
        _IGNORED[s].format(reason=applicability[s].reason)
        for s in StepId
        if not applicability[s].applies and _answer(weighing, s) is not StepAnswer.UNKNOWN
    )


def _missing_motivations(
    weighing: Weighing, applicability: dict[StepId, StepApplicability]
) -> tuple[str, ...]:
    """Name every applicable answered step, and every serving alternative, without motivation."""
    lines = [
        said(
            "proportionality",
            "Bij {step} ontbreekt de motivering: zonder uitleg is het antwoord ‘{answer}’ "
            "niet na te gaan.",
        ).format(step=_STEP_NAMES[s], answer=vocabulary_word(ANSWER_LABELS[record.answer]))
        for s in StepId
        if applicability[s].applies
        and (record := weighing.step(s)).answer is not StepAnswer.UNKNOWN
        and not record.motivation.strip()
    ]
    if applicability[StepId.NECESSITY].applies:
        lines.extend(
            said(
                "proportionality",
                "Bij {alternative} ontbreekt de motivering waarom die het doel even goed dient.",
            ).format(alternative=vocabulary_word(ALTERNATIVE_LABELS[a]))
            for a in serving_alternatives(weighing)
            if not weighing.alternative(a).motivation.strip()
        )
    return tuple(lines)


def _missing_context(weighing: Weighing) -> tuple[str, ...]:
    nature = weighing.nature is DecisionNature.UNKNOWN
    aim = not weighing.aim.strip()
    if nature and aim:
        return (
            said(
                "proportionality",
                "Van de context ontbreken de aard van het besluit (belastend, begunstigend of "
                "hybride) en het doel van de regel in dit geval. Zonder die gegevens is niet "
                "goed te bepalen welke stappen gelden en hoe zwaar het doel weegt.",
            ),
        )
    if nature:
        return (
            said(
                "proportionality",
                "Van de context ontbreekt de aard van het besluit (belastend, begunstigend of "
                "hybride). Zonder die gegevens is niet goed te bepalen welke stappen gelden en "
                "hoe zwaar het doel weegt.",
            ),
        )
    if aim:
        return (
            said(
                "proportionality",
                "Van de context ontbreekt het doel van de regel in dit geval. Zonder die "
                "gegevens is niet goed te bepalen welke stappen gelden en hoe zwaar het doel "
                "weegt.",
            ),
        )
    return ()
