"""Which signals of possible maatwerk a dossier's recorded facts give.

A signal is a reason to look closely at a dossier early, never a verdict: the catalogue
(domain/signal_catalogue.py) sets the thresholds, these rules count what the Feiten and
Doenvermogen steps hold. Every hit explains itself in Dutch, naming the facts it counted
and the threshold with the catalogue id and version it came from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from maatwerkdesk.domain.case_facts import (
    AmountKind,
    CaseFacts,
    format_euros,
    is_current,
    recovery_burden,
)
from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.dossier import Doenvermogen
from maatwerkdesk.domain.signal_catalogue import Signal, SignalCatalogue, SignalRule
from maatwerkdesk.domain.vocabulary import DoenObservation, Stressor

STRESSOR_AREAS: tuple[tuple[str, frozenset[Stressor]], ...] = (
    ("schulden", frozenset({Stressor.DEBTS})),
    ("gezondheid", frozenset({Stressor.ILLNESS, Stressor.PSYCHIATRIC})),
    ("wonen", frozenset({Stressor.HOUSING})),
    (
        "ingrijpende gebeurtenis",
        frozenset({Stressor.DIVORCE, Stressor.JOB_LOSS, Stressor.BEREAVEMENT}),
    ),
)
"""The problem areas a stacking counts, each with the Doenvermogen stressors that show it;
a debt among the amounts shows the first area as well."""

LONG_RUNNING_KINDS = (AmountKind.CLAIM, AmountKind.DEBT)
DIFFICULTIES = (DoenObservation.SOME_DIFFICULTY, DoenObservation.SERIOUS_DIFFICULTY)


@dataclass(frozen=True)
class SignalInput:
    """What the rules read from a dossier: the Feiten and Doenvermogen steps."""

    facts: CaseFacts
    doenvermogen: Doenvermogen


@dataclass(frozen=True)
class SignalHit:
    signal_id: str
    label: str
    explanation: str
    """Which facts triggered it, and the threshold with its catalogue."""
    catalogue: CatalogueRef


def signal_hits(
    catalogue: SignalCatalogue, data: SignalInput, today: date
) -> tuple[SignalHit, ...]:
    """The signals of `catalogue` that the dossier's facts reach, in the catalogue's order."""
    hits = []
    for signal in catalogue.signals:
        found = _RULES[signal.rule](signal, data, today)
        if found is not None:
            threshold = f" Drempel: {_threshold_text(signal)} ({catalogue.ref})."
            hits.append(SignalHit(signal.id, signal.label, found + threshold, catalogue.ref))
    return tuple(hits)


def _threshold_text(signal: Signal) -> str:
    value = signal.threshold
    return {
        SignalRule.STACKED_STRESSORS: f"{value} of meer terreinen",
        SignalRule.MINOR_CHILDREN: f"{value} of meer kinderen",
        SignalRule.ORGANISATION_SHARE: "vastgelegd in de feiten",
        SignalRule.RECOVERY_LARGE: f"{value} % van het jaarinkomen of meer",
        SignalRule.LONG_DURATION: f"{value} maanden of langer",
        SignalRule.LIMITED_DOENVERMOGEN: f"een belemmering op {value} of meer dimensies",
    }[signal.rule]


def _count(amount: int, one: str, more: str) -> str:
    return f"{amount} {one if amount == 1 else more}"


def _stacked(signal: Signal, data: SignalInput, today: date) -> str | None:
    stressors = data.doenvermogen.stressors
    present = []
    for area, shown_by in STRESSOR_AREAS:
        named = sorted(s.label.lower() for s in stressors & shown_by)
        if area == "schulden" and any(a.kind is AmountKind.DEBT for a in data.facts.amounts):
            named.append("een schuld bij de bedragen")
        if named:
            present.append(f"{area} ({', '.join(named)})")
    if len(present) < (signal.threshold or 0):
        return None
    return f"Problemen op {_count(len(present), 'terrein', 'terreinen')}: {'; '.join(present)}."


def _children(signal: Signal, data: SignalInput, today: date) -> str | None:
    children = data.facts.minor_children
    if children is None or children < (signal.threshold or 0):
        return None
    verb = "staat" if children == 1 else "staan"
    counted = _count(children, "minderjarig kind", "minderjarige kinderen")
    return f"In de feiten {verb} {counted} die de gevolgen merken."


def _organisation_share(signal: Signal, data: SignalInput, today: date) -> str | None:
    if not data.facts.organisation_share:
        return None
    return "In de feiten staat dat de organisatie zelf een aandeel heeft in het probleem."


def _recovery(signal: Signal, data: SignalInput, today: date) -> str | None:
    burden = recovery_burden(data.facts, today)
    if burden is None or not burden.reaches(Decimal(signal.threshold or 0) / 100):
        return None
    return burden.sentence


def _duration(signal: Signal, data: SignalInput, today: date) -> str | None:
    running = [
        (_full_months(a.starts, today), a)
        for a in data.facts.amounts
        if a.kind in LONG_RUNNING_KINDS and a.starts is not None and is_current(a, today)
    ]
    if not running:
        return None
    months, amount = max(running, key=lambda pair: pair[0])
    if months < (signal.threshold or 0):
        return None
    assert amount.starts is not None
    what = "De (terug)vordering" if amount.kind is AmountKind.CLAIM else "De schuld"
    return (
        f"{what} van {format_euros(amount.euros)} loopt sinds {amount.starts:%d-%m-%Y}: "
        f"{_count(months, 'maand', 'maanden')}."
    )


def _full_months(starts: date, on: date) -> int:
    """Whole months from `starts` to `on`: 8 December to 7 December a year later is 11."""
    months = (on.year - starts.year) * 12 + on.month - starts.month
    return months - (1 if on.day < starts.day else 0)


def _doenvermogen(signal: Signal, data: SignalInput, today: date) -> str | None:
    observed = [
        f"{dimension.label.lower()} ({note.observation.label.lower()})"
        for dimension, note in sorted(data.doenvermogen.dimensions.items())
        if note.observation in DIFFICULTIES
    ]
    if len(observed) < (signal.threshold or 0):
        return None
    return (
        f"Bij doenvermogen is op {_count(len(observed), 'dimensie', 'dimensies')} een "
        f"belemmering waargenomen: {'; '.join(observed)}."
    )


_RULES: dict[SignalRule, Callable[[Signal, SignalInput, date], str | None]] = {
    SignalRule.STACKED_STRESSORS: _stacked,
    SignalRule.MINOR_CHILDREN: _children,
    SignalRule.ORGANISATION_SHARE: _organisation_share,
    SignalRule.RECOVERY_LARGE: _recovery,
    SignalRule.LONG_DURATION: _duration,
    SignalRule.LIMITED_DOENVERMOGEN: _doenvermogen,
}
