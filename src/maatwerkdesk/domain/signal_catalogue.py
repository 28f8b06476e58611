"""A signal catalogue: which recorded facts make a new dossier a candidate for maatwerk,
and from which threshold on.

The rules themselves are code (domain/intake_signals.py): each signal names one of them
and sets its threshold, label and explanation. A team can raise a threshold, reword a
signal or leave one out without a new release, and every hit names the catalogue id and
version it was found under.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from maatwerkdesk.domain.catalogue import CatalogueHeader, CatalogueRef


class SignalRule(StrEnum):
    """The rules a signal can use; what each counts is in domain/intake_signals.py."""

    STACKED_STRESSORS = "stacked-stressors"
    MINOR_CHILDREN = "minor-children"
    ORGANISATION_SHARE = "organisation-share"
    RECOVERY_LARGE = "recovery-large"
    LONG_DURATION = "long-duration"
    LIMITED_DOENVERMOGEN = "limited-doenvermogen"

    @property
    def threshold_range(self) -> tuple[int, int] | None:
        """The thresholds that make sense for this rule; None: it takes no threshold."""
        return _THRESHOLDS[self]


_THRESHOLDS: dict[SignalRule, tuple[int, int] | None] = {
    SignalRule.STACKED_STRESSORS: (1, 4),  # areas: debts, health, housing, a life event
    SignalRule.MINOR_CHILDREN: (1, 20),
    SignalRule.ORGANISATION_SHARE: None,
    SignalRule.RECOVERY_LARGE: (1, 1000),  # percent of the yearly income
    SignalRule.LONG_DURATION: (1, 600),  # months
    SignalRule.LIMITED_DOENVERMOGEN: (1, 5),  # dimensions observed with a difficulty
}


@dataclass(frozen=True)
class Signal:
    id: str
    rule: SignalRule
    label: str
    description: str
    threshold: int | None = None


@dataclass(frozen=True)
class SignalCatalogue:
    header: CatalogueHeader
    signals: tuple[Signal, ...]

    @property
    def ref(self) -> CatalogueRef:
        return self.header.ref
