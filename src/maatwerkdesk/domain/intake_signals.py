"""Which signals of possible maatwerk a dossier's recorded facts give.

A signal is a reason to look closely at a dossier early, never a verdict: the catalogue
(domain/signal_catalogue.py) sets the thresholds, these rules count what the Feiten and
Doenvermogen steps hold. Every hit explains itself in Dutch, naming the facts it counted
and the threshold with the catalogue id and version it came from, in sentences a window
translates (domain/sentence.py).
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
from maatwerkdesk.domain.sentence import Sentence, said
from maatwerkdesk.domain.signal_catalogue import Signal, SignalCatalogue, SignalRule
from maatwerkdesk.domain.text import joined
from maatwerkdesk.domain.vocabulary import DoenDimension, DoenObservation, Stressor

DEBTS_AREA = said("intake_signals", "schulden")
STRESSOR_AREAS: tuple[tuple[str, frozenset[Stressor]], ...] = (
    (DEBTS_AREA, frozenset({Stressor.DEBTS})),
    (said("intake_signals", "gezondheid"), frozenset({Stressor.ILLNESS, Stressor.PSYCHIATRIC})),
    (said("intake_signals", "wonen"), frozenset({Stressor.HOUSING})),
    (
        said("intake_signals", "ingrijpende gebeurtenis"),
        frozenset({Stressor.DIVORCE, Stressor.JOB_LOSS, Stressor.BEREAVEMENT}),
    ),
)
"""The problem areas a stacking counts, each with the Doenvermogen stressors that show it;
a debt among the amounts shows the first area as well."""

_STRESSOR_WORDS = {
    Stressor.DEBTS: said("intake_signals", "schulden"),
    Stressor.ILLNESS: said("intake_signals", "ziekte"),
    Stressor.PSYCHIATRIC: said("intake_signals", "psychische problemen"),
    Stressor.HOUSING: said("intake_signals", "onzekere woonsituatie"),
    Stressor.DIVORCE: said("intake_signals", "scheiding"),
    Stressor.JOB_LOSS: said("intake_signals", "verlies van werk"),
    Stressor.BEREAVEMENT: said("intake_signals", "overlijden van een naaste"),
}
"""The stressors of `STRESSOR_AREAS` as an explanation names them: their labels, in lower
case."""
_DIMENSION_WORDS = {
    DoenDimension.PLAN: said("intake_signals", "een doel stellen en een plan maken"),
    DoenDimension.ACTION: said("intake_signals", "in actie komen"),
    DoenDimension.PERSEVERE: said("intake_signals", "volhouden"),
    DoenDimension.TEMPTATION: said("intake_signals", "omgaan met verleidingen"),
    DoenDimension.SETBACK: said("intake_signals", "omgaan met tegenslag"),
}
_DIFFICULTY_WORDS = {
    DoenObservation.SOME_DIFFICULTY: said("intake_signals", "enige belemmering gezien"),
    DoenObservation.SERIOUS_DIFFICULTY: said("intake_signals", "ernstige belemmering gezien"),
}

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
            explanation = said(
                "intake_signals", "{found} Drempel: {threshold} ({catalogue} versie {version})."
            ).format(
                found=found,
                threshold=_threshold_text(signal),
                catalogue=catalogue.ref.id,
                version=catalogue.ref.version,
            )
            hits.append(SignalHit(signal.id, signal.label, explanation, catalogue.ref))
    return tuple(hits)


def _threshold_text(signal: Signal) -> str:
    value = signal.threshold
    return {
        SignalRule.STACKED_STRESSORS: said("intake_signals", "{value} of meer terreinen"),
        SignalRule.MINOR_CHILDREN: said("intake_signals", "{value} of meer kinderen"),
        SignalRule.ORGANISATION_SHARE: said("intake_signals", "vastgelegd in de feiten"),
        SignalRule.RECOVERY_LARGE: said("intake_signals", "{value} % van het jaarinkomen of meer"),
        SignalRule.LONG_DURATION: said("intake_signals", "{value} maanden of langer"),
        SignalRule.LIMITED_DOENVERMOGEN: said(
            "intake_signals", "een belemmering op {value} of meer dimensies"
        ),
    }[signal.rule].format(value=value)


def _counted(amount: int, one: Sentence, more: Sentence, **fields: object) -> Sentence:
    """`one` or `more` as `amount` asks, with `amount` as its field `count`."""
    return (one if amount == 1 else more).format(count=amount, **fields)


def _stacked(signal: Signal, data: SignalInput, today: date) -> str | None:
    stressors = data.doenvermogen.stressors
    present: list[str] = []
    for area, shown_by in STRESSOR_AREAS:
        named: list[str] = sorted(_STRESSOR_WORDS[s] for s in stressors & shown_by)
        if area is DEBTS_AREA and any(a.kind is AmountKind.DEBT for a in data.facts.amounts):
            named.append(said("intake_signals", "een schuld bij de bedragen"))
        if named:
            present.append(
                said("intake_signals", "{area} ({named})").format(area=area, named=joined(named))
            )
    if len(present) < (signal.threshold or 0):
        return None
    return _counted(
        len(present),
        said("intake_signals", "Problemen op {count} terrein: {areas}."),
        said("intake_signals", "Problemen op {count} terreinen: {areas}."),
        areas=joined(present, "; "),
    )


def _children(signal: Signal, data: SignalInput, today: date) -> str | None:
    children = data.facts.minor_children
    if children is None or children < (signal.threshold or 0):
        return None
    return _counted(
        children,
        said(
            "intake_signals", "In de feiten staat {count} minderjarig kind die de gevolgen merken."
        ),
        said(
            "intake_signals",
            "In de feiten staan {count} minderjarige kinderen die de gevolgen merken.",
        ),
    )


def _organisation_share(signal: Signal, data: SignalInput, today: date) -> str | None:
    if not data.facts.organisation_share:
        return None
    return said(
        "intake_signals",
        "In de feiten staat dat de organisatie zelf een aandeel heeft in het probleem.",
    )


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
    if amount.kind is AmountKind.CLAIM:
        one = said(
            "intake_signals", "De (terug)vordering van {euros} loopt sinds {since}: {count} maand."
        )
        more = said(
            "intake_signals",
            "De (terug)vordering van {euros} loopt sinds {since}: {count} maanden.",
        )
    else:
        one = said("intake_signals", "De schuld van {euros} loopt sinds {since}: {count} maand.")
        more = said("intake_signals", "De schuld van {euros} loopt sinds {since}: {count} maanden.")
    return _counted(
        months, one, more, euros=format_euros(amount.euros), since=f"{amount.starts:%d-%m-%Y}"
    )


def _full_months(starts: date, on: date) -> int:
    """Whole months from `starts` to `on`: 8 December to 7 December a year later is 11."""
    months = (on.year - starts.year) * 12 + on.month - starts.month
    return months - (1 if on.day < starts.day else 0)


def _doenvermogen(signal: Signal, data: SignalInput, today: date) -> str | None:
    observed = [
        said("intake_signals", "{dimension} ({observation})").format(
            dimension=_DIMENSION_WORDS[dimension],
            observation=_DIFFICULTY_WORDS[note.observation],
        )
        for dimension, note in sorted(data.doenvermogen.dimensions.items())
        if note.observation in DIFFICULTIES
    ]
    if len(observed) < (signal.threshold or 0):
        return None
    return _counted(
        len(observed),
        said(
            "intake_signals",
            "Bij doenvermogen is op {count} dimensie een belemmering waargenomen: {observed}.",
        ),
        said(
            "intake_signals",
            "Bij doenvermogen is op {count} dimensies een belemmering waargenomen: {observed}.",
        ),
        observed=joined(observed, "; "),
    )


_RULES: dict[SignalRule, Callable[[Signal, SignalInput, date], str | None]] = {
    SignalRule.STACKED_STRESSORS: _stacked,
    SignalRule.MINOR_CHILDREN: _children,
    SignalRule.ORGANISATION_SHARE: _organisation_share,
    SignalRule.RECOVERY_LARGE: _recovery,
    SignalRule.LONG_DURATION: _duration,
    SignalRule.LIMITED_DOENVERMOGEN: _doenvermogen,
}
