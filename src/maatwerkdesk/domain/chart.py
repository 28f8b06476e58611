"""The balance chart: how disproportionate the generic outcome is, against how large the
risk of arbitrariness of deviating is, for this dossier among its route's precedents.

Plain data, so the same chart can be drawn on screen and into the PDF. Both axes run
from 0 to 1 and are derived from recorded values, never typed: the first from the
proportionality verdict and review intensity, the second from the indicators that fire.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from maatwerkdesk.domain.indicators import Severity
from maatwerkdesk.domain.proportionality import IntensityLevel, VerdictValue

_VERDICT_POSITION = {
    VerdictValue.PROPORTIONATE: 0.2,
    VerdictValue.UNCERTAIN: 0.5,
    VerdictValue.DISPROPORTIONATE: 0.8,
}
_INTENSITY_SHIFT = {
    IntensityLevel.RESTRAINED: -0.1,
    IntensityLevel.MODERATE: 0.0,
    IntensityLevel.INTENSIVE: 0.1,
}
_SEVERITY_WEIGHT = {
    Severity.CRITICAL: 0.6,
    Severity.HIGH: 0.35,
    Severity.MEDIUM: 0.15,
    Severity.LOW: 0.05,
    Severity.INFO: 0.02,
}
MIDDLE = 0.5

X_LABEL = "Hoe onevenredig de algemene regel uitpakt"
Y_LABEL = "Risico op willekeur bij afwijken"
QUADRANTS = {
    (False, False): "Algemene regel volstaat",
    (True, False): "Maatwerk, goed onderbouwd",
    (True, True): "Maatwerk nodig: onderbouw beter",
    (False, True): "Risico op willekeur",
}
"""(x past the middle, y past the middle) → the quadrant's name in plain Dutch."""


def disproportion(verdict: VerdictValue, intensity: IntensityLevel) -> float:
    """The verdict places the dossier; intensive review moves it towards the citizen."""
    return min(1.0, max(0.0, _VERDICT_POSITION[verdict] + _INTENSITY_SHIFT[intensity]))


def arbitrariness_risk(severities: Iterable[Severity]) -> float:
    """Each finding adds its weight to what is left: one critical finding weighs more
    than several small ones, and the total never exceeds 1."""
    remaining = 1.0
    for severity in severities:
        remaining *= 1 - _SEVERITY_WEIGHT[severity]
    return round(1 - remaining, 4)


def quadrant(x: float, y: float) -> str:
    return QUADRANTS[(x > MIDDLE, y > MIDDLE)]


@dataclass(frozen=True)
class ChartPoint:
    id: str
    """The dossier's kenmerk: clicking a precedent opens it."""
    x: float
    y: float
    deviated: bool | None
    """The decision taken (None: not decided yet)."""
    current: bool = False


@dataclass(frozen=True)
class ChartData:
    points: tuple[ChartPoint, ...]
    route: str | None

    @property
    def current(self) -> ChartPoint | None:
        return next((p for p in self.points if p.current), None)
