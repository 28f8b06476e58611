"""Patterns across dossiers that point at a knelpunt in a rule: proposals for a signal.

Three rules, each with a threshold N (`Thresholds`):

- the same article of the generic rule was deviated from on the same winning factors in N or
  more signed decisions: the rule pinches in a way one can name;
- N or more dossiers under one regulation took the escalation route: neither the catalogue
  nor the law offered a way to deviate where the rule turned out unreasonable;
- the same indicator fired in N or more dossiers under one regulation.

Dossiers of one group dossier are one knelpunt and count once between them. A proposal has
a key that depends only on what it is about (rule, regulation, article, factors or
indicator), never on which dossiers made it: a proposal dismissed, or turned into a signal,
stays away however many dossiers join it later. Pure functions: the order of the input does
not matter.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.policy_signals import SignalCategory
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.text import SHORT_TEXT_LIMIT, clean_text, enumerate_nl


class PatternRule(StrEnum):
    ARTICLE = "artikel"
    ESCALATION = "escalatie"
    INDICATOR = "indicator"

    @property
    def label(self) -> str:
        return RULE_LABELS[self]


RULE_LABELS = {
    PatternRule.ARTICLE: "Zelfde artikel, zelfde doorslaggevende factoren",
    PatternRule.ESCALATION: "Herhaalde escalaties",
    PatternRule.INDICATOR: "Terugkerende willekeur-indicator",
}


@dataclass(frozen=True)
class Thresholds:
    """How many dossiers (a group dossier counting once) make a pattern, per rule."""

    deviations: int = 3
    escalations: int = 3
    indicators: int = 3

    def __post_init__(self) -> None:
        if min(self.deviations, self.escalations, self.indicators) < 2:
            raise ValueError("a pattern takes at least two dossiers")

    @classmethod
    def each(cls, at: int) -> Thresholds:
        """The same threshold for every rule, as the organisation's settings give it."""
        return cls(at, at, at)


DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class CaseTrace:
    """What the rules read of one dossier: no personal data, only what it is about."""

    dossier_id: str
    reference: str
    regulation: str
    article: str
    """The generic rule's article."""
    signed_deviation: bool = False
    """Its decision deviates and is signed."""
    winning: frozenset[str] = frozenset()
    """The factors the deviation rests on (ids)."""
    escalated: bool = False
    indicators: frozenset[str] = frozenset()
    """The ids of the indicators that fired."""
    group: str | None = None
    """The group dossier it belongs to, if any."""


@dataclass(frozen=True)
class Labels:
    """How factors and indicators are named to people."""

    factors: Mapping[str, str]
    indicators: Mapping[str, str]

    def factor(self, factor_id: str) -> str:
        return self.factors.get(factor_id, factor_id)

    def indicator(self, indicator_id: str) -> str:
        return self.indicators.get(indicator_id, indicator_id)


@dataclass(frozen=True)
class PatternProposal:
    key: str
    rule: PatternRule
    regulation: str
    article: str
    category: SignalCategory
    title: str
    """A sentence a window translates; a signal made from it keeps the Dutch."""
    explanation: str
    """What was found and why it may be a knelpunt in the rule, a sentence a window
    translates; it becomes the description of a signal made from it (in Dutch), so it
    names no dossier."""
    dossiers: tuple[str, ...]
    """The dossiers it rests on (ids), in the order of their references."""
    references: tuple[str, ...]


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def pattern_key(rule: PatternRule, *parts: str) -> str:
    """Stable for what the proposal is about: the rule, and the folded regulation, article
    and factor or indicator ids; never the dossiers."""
    digest = hashlib.sha256("\x1f".join([rule.value, *map(_folded, parts)]).encode("utf-8"))
    return f"{rule.value}:{digest.hexdigest()[:32]}"


def _units(traces: Collection[CaseTrace]) -> int:
    """Dossiers of one group count once."""
    return len({t.group or f"dossier:{t.dossier_id}" for t in traces})


def _how_many_dossiers(traces: Collection[CaseTrace]) -> str:
    """'4 dossiers', or '5 dossiers (4 als leden van één groep samen één tellen)'."""
    units = _units(traces)
    if units == len(traces):
        return said("signal_patterns", "{count} dossiers").format(count=len(traces))
    return said(
        "signal_patterns", "{count} dossiers ({units} als leden van één groep samen één tellen)"
    ).format(count=len(traces), units=units)


def _how_many_deviations(traces: Collection[CaseTrace]) -> str:
    """'4 ondertekende afwijkingen', or with the count of the group's members as one."""
    units = _units(traces)
    if units == len(traces):
        return said("signal_patterns", "{count} ondertekende afwijkingen").format(count=len(traces))
    return said(
        "signal_patterns",
        "{count} ondertekende afwijkingen ({units} als leden van één groep samen één tellen)",
    ).format(count=len(traces), units=units)


def _first(traces: Iterable[CaseTrace]) -> CaseTrace:
    """The trace whose writing of regulation and article a proposal shows: the same one
    whatever the order of the input."""
    return min(traces, key=lambda t: (t.reference, t.dossier_id))


K = TypeVar("K", bound=Hashable)


def _grouped(
    traces: Iterable[CaseTrace], keys: Callable[[CaseTrace], Iterable[K]]
) -> dict[K, list[CaseTrace]]:
    found: dict[K, list[CaseTrace]] = defaultdict(list)
    for trace in traces:
        for key in keys(trace):
            found[key].append(trace)
    return found


def _listed(traces: list[CaseTrace]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    ordered = sorted(traces, key=lambda t: (t.reference, t.dossier_id))
    return tuple(t.dossier_id for t in ordered), tuple(t.reference for t in ordered)


def _rule_name(regulation: str, article: str) -> str:
    """'Participatiewet, art. 58': names as written in the dossiers, in any language."""
    return f"{regulation}, {article}" if article else regulation


def _article_proposals(
    traces: Iterable[CaseTrace], at: int, labels: Labels
) -> list[PatternProposal]:
    groups = _grouped(
        traces,
        lambda t: (
            [(_folded(t.regulation), _folded(t.article), t.winning)]
            if t.signed_deviation and t.winning and t.regulation.strip()
            else []
        ),
    )
    proposals = []
    for (_regulation, _article, winning), found in groups.items():
        if _units(found) < at:
            continue
        first = _first(found)
        ids, references = _listed(found)
        factors = enumerate_nl(sorted(f"‘{labels.factor(f)}’" for f in winning))
        rule = _rule_name(first.regulation, first.article)
        proposals.append(
            PatternProposal(
                pattern_key(PatternRule.ARTICLE, first.regulation, first.article, *sorted(winning)),
                PatternRule.ARTICLE,
                first.regulation,
                first.article,
                SignalCategory.HARDSHIP,
                said("signal_patterns", "{rule}: steeds afgeweken op {factors}").format(
                    rule=rule, factors=factors
                ),
                said(
                    "signal_patterns",
                    "In {how_many} van {rule} gaven dezelfde factoren de doorslag: {factors}. "
                    "Wordt steeds op dezelfde grond afgeweken, dan zit het knelpunt in de regel "
                    "zelf: meld het bij de eigenaar van de regel.",
                ).format(how_many=_how_many_deviations(found), rule=rule, factors=factors),
                ids,
                references,
            )
        )
    return proposals


def _escalation_proposals(traces: Iterable[CaseTrace], at: int) -> list[PatternProposal]:
    groups = _grouped(
        traces,
        lambda t: [_folded(t.regulation)] if t.escalated and t.regulation.strip() else [],
    )
    proposals = []
    for found in groups.values():
        if _units(found) < at:
            continue
        first = _first(found)
        ids, references = _listed(found)
        proposals.append(
            PatternProposal(
                pattern_key(PatternRule.ESCALATION, first.regulation),
                PatternRule.ESCALATION,
                first.regulation,
                "",
                SignalCategory.HARDSHIP,
                said("signal_patterns", "{regulation}: herhaald geëscaleerd").format(
                    regulation=first.regulation
                ),
                said(
                    "signal_patterns",
                    "{how_many} onder {regulation} gingen naar het escalatieteam: de regel "
                    "pakte onredelijk uit en noch de catalogus noch de wet bood ruimte om af te "
                    "wijken. Meld bij de eigenaar van de regel dat hier een hardheidsclausule of "
                    "aanpassing nodig is.",
                ).format(how_many=_how_many_dossiers(found), regulation=first.regulation),
                ids,
                references,
            )
        )
    return proposals


def _indicator_proposals(
    traces: Iterable[CaseTrace], at: int, labels: Labels
) -> list[PatternProposal]:
    groups = _grouped(
        traces,
        lambda t: (
            [(_folded(t.regulation), i) for i in t.indicators] if t.regulation.strip() else []
        ),
    )
    proposals = []
    for (_regulation, indicator), found in groups.items():
        if _units(found) < at:
            continue
        first = _first(found)
        ids, references = _listed(found)
        name = labels.indicator(indicator)
        proposals.append(
            PatternProposal(
                pattern_key(PatternRule.INDICATOR, first.regulation, indicator),
                PatternRule.INDICATOR,
                first.regulation,
                "",
                SignalCategory.IMPLEMENTATION,
                said("signal_patterns", "{regulation}: steeds ‘{indicator}’").format(
                    regulation=first.regulation, indicator=name
                ),
                said(
                    "signal_patterns",
                    "De willekeur-indicator ‘{indicator}’ ging af in {how_many} onder "
                    "{regulation}. Komt dezelfde indicator steeds terug, dan ligt de oorzaak "
                    "vaak niet in het ene dossier maar in de regel of de uitvoering ervan.",
                ).format(
                    indicator=name, how_many=_how_many_dossiers(found), regulation=first.regulation
                ),
                ids,
                references,
            )
        )
    return proposals


def find_patterns(
    traces: Iterable[CaseTrace],
    labels: Labels,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    *,
    set_aside: Collection[str] = (),
) -> list[PatternProposal]:
    """The proposals, ordered by rule and key; `set_aside` holds the keys of proposals
    dismissed or already turned into a signal, which are not offered again."""
    listed = list(traces)
    found = [
        *_article_proposals(listed, thresholds.deviations, labels),
        *_escalation_proposals(listed, thresholds.escalations),
        *_indicator_proposals(listed, thresholds.indicators, labels),
    ]
    order = list(PatternRule)
    kept = [p for p in found if p.key not in set(set_aside)]
    return sorted(kept, key=lambda p: (order.index(p.rule), p.title, p.key))


def clean_dismissal_reason(reason: str) -> str:
    """Why a proposal is not a knelpunt: required, so the next one to look knows."""
    cleaned = clean_text(reason, "proposal.reason", limit=SHORT_TEXT_LIMIT * 5, multiline=True)
    if not cleaned:
        raise ValidationError(
            "proposal.reason",
            said(
                "signal_patterns",
                "Schrijf op waarom dit voorstel geen knelpunt is; wie het later ziet, weet dan "
                "waarom het niet terugkomt.",
            ),
        )
    return cleaned


def proposal_data(proposal: PatternProposal) -> dict[str, Any]:
    """The proposal as the command line's JSON gives it; `key` names it to take or dismiss."""
    return {
        "key": proposal.key,
        "rule": proposal.rule.value,
        "regulation": proposal.regulation,
        "article": proposal.article,
        "title": proposal.title,
        "explanation": proposal.explanation,
        "dossiers": list(proposal.references),
    }
