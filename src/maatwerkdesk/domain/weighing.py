"""Proportionality (evenredigheid) as recorded for a dossier: context, steps, interests.

The Harderwijk framework (ABRvS 2 February 2022): geschiktheid, noodzakelijkheid and
evenwichtigheid, not always all applied, reviewed on a sliding scale of intensity.
This module holds the recorded values; `proportionality.py` computes from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar


class DecisionNature(StrEnum):
    """What the generic outcome does to the citizen."""

    BURDENING = "burdening"
    """belastend: it imposes an obligation or takes something away (recovery, closure)."""
    FAVOURABLE = "favourable"
    """begunstigend: it grants (or, refused, withholds) a benefit the citizen asked for."""
    MIXED = "mixed"
    """hybride."""
    UNKNOWN = "unknown"


class StepId(StrEnum):
    SUITABILITY = "suitability"
    """geschiktheid: does applying the rule here serve its aim?"""
    NECESSITY = "necessity"
    """noodzakelijkheid: is there a less onerous way that serves the aim as well?"""
    BALANCE = "balance"
    """evenwichtigheid: are the consequences in proportion to the weight of the aim?"""


class StepAnswer(StrEnum):
    """The answer to a step, always from the generic rule's side:
    YES = the generic outcome passes this step (suitable / necessary / balanced)."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class StepRecord:
    answer: StepAnswer = StepAnswer.UNKNOWN
    motivation: str = ""


class Alternative(StrEnum):
    """Less onerous measures to consider under noodzakelijkheid."""

    PARTIAL_RECOVERY = "partial_recovery"
    PAYMENT_PLAN = "payment_plan"
    SHORTER_MEASURE = "shorter_measure"
    SUSPENDED_MEASURE = "suspended_measure"
    WARNING_FIRST = "warning_first"
    TEMPORARY_EXCEPTION = "temporary_exception"


class AlternativeVerdict(StrEnum):
    SERVES_AIM = "serves_aim"
    """The alternative serves the rule's aim as well: the generic outcome is not necessary."""
    INSUFFICIENT = "insufficient"
    """Considered, but it does not serve the aim as well."""
    NOT_CONSIDERED = "not_considered"


@dataclass(frozen=True)
class AlternativeRecord:
    verdict: AlternativeVerdict = AlternativeVerdict.NOT_CONSIDERED
    motivation: str = ""
    set_aside: str = ""
    """Why the decision deviates otherwise although this measure serves the aim ("waarom
    niet gekozen"); asked for by the alternative-unexplained indicator."""


class InterestHolder(StrEnum):
    CITIZEN = "citizen"
    CHILDREN = "children"
    THIRD_PARTIES = "third_parties"
    PUBLIC = "public"
    RULE_AIM = "rule_aim"
    """The weight of the rule's aim in this case."""


class Weight(StrEnum):
    NONE = "none"
    LIGHT = "light"
    MODERATE = "moderate"
    HEAVY = "heavy"

    @property
    def rank(self) -> int:
        return list(Weight).index(self)


@dataclass(frozen=True)
class InterestRecord:
    weight: Weight = Weight.NONE
    description: str = ""


class IntensityFactor(StrEnum):
    """The factors that set how intensely a court would review (sliding scale): the harder
    a decision hits a person, the closer the review."""

    POLICY_ROOM = "policy_room"
    """beleidsruimte: more room for the body means more restrained review."""
    AIM_WEIGHT = "aim_weight"
    """The weight of the aim (public safety weighs more than administrative efficiency)."""
    SEVERITY = "severity"
    """Severity of the consequences: financial, housing, health, family, residence."""
    FUNDAMENTAL_RIGHTS = "fundamental_rights"
    """Home, family life, children's interests, bodily integrity, livelihood."""
    VULNERABILITY = "vulnerability"
    """kwetsbaarheid, doenvermogen."""
    BLAMEWORTHINESS = "blameworthiness"
    """verwijtbaarheid of the citizen."""
    OWN_SHARE = "own_share"
    """The organisation's own share in the problem."""
    CHILDREN = "children"
    """The interests of minor children."""
    THIRD_PARTIES = "third_parties"
    """Effect on third parties."""


class Level(StrEnum):
    UNKNOWN = "unknown"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


@dataclass(frozen=True)
class Weighing:
    """Everything the caseworker recorded for the proportionality check of one dossier."""

    nature: DecisionNature = DecisionNature.UNKNOWN
    aim: str = ""
    """The aim of the rule in this case, in the caseworker's words."""
    steps: dict[StepId, StepRecord] = field(default_factory=dict)
    alternatives: dict[Alternative, AlternativeRecord] = field(default_factory=dict)
    interests: dict[InterestHolder, InterestRecord] = field(default_factory=dict)
    intensity: dict[IntensityFactor, Level] = field(default_factory=dict)

    def step(self, step: StepId) -> StepRecord:
        return self.steps.get(step, StepRecord())

    def alternative(self, alternative: Alternative) -> AlternativeRecord:
        return self.alternatives.get(alternative, AlternativeRecord())

    def interest(self, holder: InterestHolder) -> InterestRecord:
        return self.interests.get(holder, InterestRecord())

    def level(self, factor: IntensityFactor) -> Level:
        return self.intensity.get(factor, Level.UNKNOWN)


def weighing_parts(weighing: Weighing) -> dict[str, Any]:
    """The recorded values as JSON-ready dicts (storage and the assess output)."""
    return {
        "nature": weighing.nature.value,
        "aim": weighing.aim,
        "steps": {
            step.value: {"answer": record.answer.value, "motivation": record.motivation}
            for step, record in sorted(weighing.steps.items())
        },
        "alternatives": {
            alternative.value: {
                "verdict": record.verdict.value,
                "motivation": record.motivation,
                "set_aside": record.set_aside,
            }
            for alternative, record in sorted(weighing.alternatives.items())
        },
        "interests": {
            holder.value: {"weight": record.weight.value, "description": record.description}
            for holder, record in sorted(weighing.interests.items())
        },
        "intensity": {
            factor.value: level.value for factor, level in sorted(weighing.intensity.items())
        },
    }


def weighing_from_parts(
    nature: str,
    aim: str,
    steps: dict[str, dict[str, str]],
    alternatives: dict[str, dict[str, str]],
    interests: dict[str, dict[str, str]],
    intensity: dict[str, str],
) -> Weighing:
    """The inverse of `weighing_parts`; keys a newer version wrote and this one does not
    know are left out rather than refused, so an older program can still show the rest."""
    return Weighing(
        nature=_known(DecisionNature, nature) or DecisionNature.UNKNOWN,
        aim=aim,
        steps={
            step: StepRecord(
                _known(StepAnswer, v.get("answer")) or StepAnswer.UNKNOWN, v.get("motivation", "")
            )
            for k, v in steps.items()
            if (step := _known(StepId, k)) is not None
        },
        alternatives={
            alternative: AlternativeRecord(
                _known(AlternativeVerdict, v.get("verdict")) or AlternativeVerdict.NOT_CONSIDERED,
                v.get("motivation", ""),
                v.get("set_aside", ""),
            )
            for k, v in alternatives.items()
            if (alternative := _known(Alternative, k)) is not None
        },
        interests={
            holder: InterestRecord(
                _known(Weight, v.get("weight")) or Weight.NONE, v.get("description", "")
            )
            for k, v in interests.items()
            if (holder := _known(InterestHolder, k)) is not None
        },
        intensity={
            factor: level
            for k, v in intensity.items()
            if (factor := _known(IntensityFactor, k)) is not None
            and (level := _known(Level, v)) is not None
        },
    )


E = TypeVar("E", bound=StrEnum)


def _known(kind: type[E], value: object) -> E | None:
    if not isinstance(value, str):
        return None
    try:
        return kind(value)
    except ValueError:
        return None
