"""What the proposal carries besides the decision itself: texts, safeguards, the signal.

The decision (outcome type, degree, reason, distinctions, motivation) lives in
`decision.py`; this is the rest of what the case conference reads: the plain-language
text for the citizen, the review date of temporary maatwerk, why each decisive factor
weighs, who decided, declared conflicts of interest, the zienswijze and the knelpunt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Zienswijze(StrEnum):
    """Whether the citizen was given the chance to state their view (Awb 4:8)."""

    OFFERED = "offered"
    NOT_REQUIRED = "not_required"
    """Recorded as not required, e.g. the citizen breached a duty to provide information."""
    NOT_OFFERED = "not_offered"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return _ZIENSWIJZE_LABELS[self]


_ZIENSWIJZE_LABELS = {
    Zienswijze.OFFERED: "aangeboden",
    Zienswijze.NOT_REQUIRED: "niet vereist",
    Zienswijze.NOT_OFFERED: "niet aangeboden",
    Zienswijze.UNKNOWN: "onbekend",
}


class SignalKind(StrEnum):
    """The knelpuntsignaal: is this an individual fix or a structural problem?"""

    UNDECIDED = "undecided"
    INDIVIDUAL = "individual"
    POLICY_RULE = "policy_rule"
    LAW = "law"
    GROUP_ARRANGEMENT = "group_arrangement"
    IMPLEMENTATION = "implementation"

    @property
    def label(self) -> str:
        return _SIGNAL_LABELS[self]

    @property
    def structural(self) -> bool:
        return self not in (SignalKind.UNDECIDED, SignalKind.INDIVIDUAL)


_SIGNAL_LABELS = {
    SignalKind.UNDECIDED: "Nog niet bepaald",
    SignalKind.INDIVIDUAL: "Alleen een individuele oplossing",
    SignalKind.POLICY_RULE: "Structureel: beleidsregel aanpassen",
    SignalKind.LAW: "Structureel: wet of verordening aanpassen",
    SignalKind.GROUP_ARRANGEMENT: "Structureel: groepsregeling",
    SignalKind.IMPLEMENTATION: "Uitvoering of ICT",
}


@dataclass(frozen=True)
class Signal:
    kind: SignalKind = SignalKind.UNDECIDED
    rule: str = ""
    """Which rule causes the knelpunt (regulation and article)."""
    owner: str = ""
    """Who owns that rule: the policy owner the signal goes to."""


@dataclass(frozen=True)
class Proposal:
    citizen_text: str = ""
    """The decision in plain language (B1) for the citizen."""
    review_date: date | None = None
    """When temporary maatwerk is looked at again."""
    factor_motivations: Mapping[str, str] = field(default_factory=dict)
    """Why each decisive factor weighs, by factor id."""
    deciders: tuple[str, ...] = ()
    """Who decided or reviewed the proposal, the caseworker included (four eyes)."""
    conflicts_of_interest: tuple[str, ...] = ()
    """Who declared a conflict of interest (Awb 2:4); they take no part."""
    zienswijze: Zienswijze = Zienswijze.UNKNOWN
    on_application: bool = False
    """The decision is on the citizen's own application (Awb 4:8 then does not apply)."""
    signal: Signal = field(default_factory=Signal)
    escalate: bool = False
    """Propose to escalate (escalation team, landelijk maatwerkteam) instead of deciding:
    the law leaves no room here, or the case is beyond this organisation."""
