"""A decision on a dossier as the case base needs it: outcome, degree, reason, distinctions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any

from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.precedent import FactorSides, Outcome
from maatwerkdesk.domain.sentence import said, vocabulary_word


class OutcomeType(StrEnum):
    """What was decided. New kinds go at the end: the case columns code them by position."""

    GENERIC = "generic"
    REFUSE = "refuse"
    FULL = "full"
    PARTIAL = "partial"
    ALTERNATIVE = "alternative"
    TEMPORARY = "temporary"
    SUSPEND = "suspend"
    """Opschorten of schorsen: the generic outcome waits (a recovery, a measure, a decision's
    effect) for a period, with its length as the degree."""
    CORRECTION = "correction"
    """Herstel: the earlier decision was wrong and is put right; the rule itself is applied,
    correctly this time, so it is no deviation."""
    PAYMENT_PLAN = "payment_plan"
    """A payment plan beyond what the rules give as standard: the claim stands, the way of
    paying deviates."""

    @property
    def outcome(self) -> Outcome:
        if self in (OutcomeType.GENERIC, OutcomeType.REFUSE, OutcomeType.CORRECTION):
            return Outcome.GENERIC
        return Outcome.DEVIATE

    @property
    def label(self) -> str:
        return _TYPE_LABELS[self]


_TYPE_LABELS = {
    OutcomeType.GENERIC: "Algemene regel toepassen",
    OutcomeType.REFUSE: "Verzoek afwijzen",
    OutcomeType.FULL: "Volledig afwijken",
    OutcomeType.PARTIAL: "Gedeeltelijk afwijken",
    OutcomeType.ALTERNATIVE: "Alternatieve maatregel",
    OutcomeType.TEMPORARY: "Tijdelijk maatwerk",
    OutcomeType.SUSPEND: "Opschorten of schorsen",
    OutcomeType.CORRECTION: "Herstel van het besluit",
    OutcomeType.PAYMENT_PLAN: "Betalingsregeling op maat",
}

OUTCOME_LABELS = {Outcome.DEVIATE: "afwijken", Outcome.GENERIC: "algemene regel"}


class DegreeUnit(StrEnum):
    EURO = "eur"
    PERCENT = "percent"
    MONTHS = "months"
    WEEKS = "weeks"
    DAYS = "days"

    @property
    def label(self) -> str:
        return _UNIT_LABELS[self]


_UNIT_LABELS = {
    DegreeUnit.EURO: "euro",
    DegreeUnit.PERCENT: "procent",
    DegreeUnit.MONTHS: "maanden",
    DegreeUnit.WEEKS: "weken",
    DegreeUnit.DAYS: "dagen",
}


@dataclass(frozen=True, order=True)
class Degree:
    """How far a decision goes: an amount, a percentage or a duration."""

    unit: DegreeUnit
    value: float

    def __str__(self) -> str:
        number = f"{self.value:,.2f}" if self.unit is DegreeUnit.EURO else f"{self.value:g}"
        number = number.replace(",", "_").replace(".", ",").replace("_", ".")
        if self.unit is DegreeUnit.EURO:
            return f"€ {number}"
        if self.unit is DegreeUnit.PERCENT:
            return f"{number}%"
        return said("decision", "{number} {unit}").format(
            number=number, unit=vocabulary_word(self.unit.label)
        )


@dataclass(frozen=True)
class DegreeRange:
    """The degrees among a set of precedents, per unit ("40–60 procent")."""

    unit: DegreeUnit
    low: float
    high: float
    count: int

    def __str__(self) -> str:
        low, high = Degree(self.unit, self.low), Degree(self.unit, self.high)
        if self.low == self.high:
            return str(low)
        return said("decision", "{low} tot {high}").format(low=str(low), high=str(high))


def degree_ranges(degrees: list[Degree]) -> list[DegreeRange]:
    by_unit: dict[DegreeUnit, list[float]] = {}
    for degree in degrees:
        by_unit.setdefault(degree.unit, []).append(degree.value)
    return [
        DegreeRange(unit, min(values), max(values), len(values))
        for unit, values in sorted(by_unit.items())
    ]


@dataclass(frozen=True)
class Distinction:
    """The relevant difference relied on to depart from a conflicting precedent."""

    precedent: str
    factor: str


@dataclass(frozen=True)
class Decision:
    outcome_type: OutcomeType
    degree: Degree | None = None
    reason: frozenset[str] | None = None
    """The decisive factors; None: every factor present for the winning side."""
    distinctions: tuple[Distinction, ...] = ()
    motivation: str = ""
    decided_on: date | None = None

    @property
    def outcome(self) -> Outcome:
        return self.outcome_type.outcome

    def reason_for(self, factors: frozenset[str], sides: FactorSides) -> frozenset[str]:
        present = sides.of(factors, self.outcome.side)
        return present if self.reason is None else self.reason & present

    def kept_on(self, factors: frozenset[str]) -> Decision:
        """The decision once the dossier's factors are `factors`: reasons and distinctions
        on a factor no longer present go (a reason left empty means every factor again)."""
        reason = None if self.reason is None else (self.reason & factors) or None
        kept = tuple(d for d in self.distinctions if d.factor in factors)
        return replace(self, reason=reason, distinctions=kept)


def validate_decision(decision: Decision, factors: frozenset[str], sides: FactorSides) -> None:
    """A reason names at least one factor present for the winning side; a distinction names a
    reason factor."""
    winning = sides.of(factors, decision.outcome.side)
    if decision.reason is not None:
        if not decision.reason:
            raise ValidationError(
                "decision.reason",
                said(
                    "decision",
                    "Kies minstens één doorslaggevende factor, of laat de reden leeg: dan tellen "
                    "alle factoren voor deze uitkomst.",
                ),
            )
        if not decision.reason <= winning:
            raise ValidationError(
                "decision.reason",
                said(
                    "decision",
                    "De reden mag alleen factoren noemen die in dit dossier aanwezig zijn en voor "
                    "de gekozen uitkomst pleiten. Pas de factoren of de reden aan.",
                ),
            )
    reason = decision.reason_for(factors, sides)
    if not reason:
        # A decision with no reason would bind every later dossier, whatever its factors.
        raise ValidationError(
            "decision.reason",
            said(
                "decision",
                "Een beslissing rust op minstens één factor die voor deze uitkomst pleit, en in "
                "dit dossier is er geen aangevinkt. Vink bij de factoren aan wat voor deze "
                "uitkomst pleit, of kies de andere uitkomst.",
            ),
        )
    for distinction in decision.distinctions:
        if distinction.factor not in reason:
            raise ValidationError(
                "decision.distinctions",
                said(
                    "decision",
                    "Een onderscheid moet rusten op een factor uit de reden van de beslissing. "
                    "Neem die factor op in de reden of kies een ander verschil.",
                ),
            )
    degree = decision.degree
    if degree is not None and degree.value < 0:
        raise ValidationError(
            "decision.degree", said("decision", "De mate kan niet negatief zijn.")
        )
    if degree is not None and degree.unit is DegreeUnit.PERCENT and degree.value > 100:
        raise ValidationError(
            "decision.degree", said("decision", "Een percentage ligt tussen 0 en 100.")
        )


def decision_to_data(decision: Decision) -> dict[str, Any]:
    """The decision as JSON-ready values (stored with meetings and signed versions)."""
    degree = decision.degree
    return {
        "outcome_type": decision.outcome_type.value,
        "degree": {"unit": degree.unit.value, "value": degree.value} if degree else None,
        "reason": sorted(decision.reason) if decision.reason is not None else None,
        "distinctions": [
            {"precedent": d.precedent, "factor": d.factor} for d in decision.distinctions
        ],
        "motivation": decision.motivation,
        "decided_on": decision.decided_on.isoformat() if decision.decided_on else None,
    }


def decision_from_data(data: Mapping[str, Any]) -> Decision:
    degree = data.get("degree")
    reason = data.get("reason")
    decided_on = data.get("decided_on")
    return Decision(
        OutcomeType(data["outcome_type"]),
        Degree(DegreeUnit(degree["unit"]), float(degree["value"])) if degree else None,
        frozenset(reason) if reason is not None else None,
        tuple(Distinction(d["precedent"], d["factor"]) for d in data.get("distinctions", ())),
        data.get("motivation", ""),
        date.fromisoformat(decided_on) if decided_on else None,
    )
