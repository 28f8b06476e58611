"""Is the chosen route applicable? Computed from the answers, with the reasons in words.

The rule: a route carries a deviation only when every knock-out criterion is met. A
knock-out answered "not met" closes the route; a knock-out still unknown leaves it
undetermined. Other criteria weigh in the motivation: unknown ones are listed as missing
information, but do not decide applicability on their own.

A caseworker reads this in plain Dutch: a knock-out criterion is a "hard criterium", an
applicable route one "waarlangs kan worden afgeweken", the sluitstuk (generic ways first)
"eerst de gewone wegen"; what is met is said as "aan … is voldaan".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from maatwerkdesk.domain.assessment import Answer, Assessment, GateState
from maatwerkdesk.domain.catalogue import CriteriaCatalogue, Route, RouteKind
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.text import enumerate_nl

HARD_CRITERION_HELP = said(
    "criteria_check",
    "Aan een hard criterium moet zijn voldaan: anders kan langs deze route niet worden afgeweken.",
)
"""What a knock-out criterion is, wherever one is marked as 'hard criterium'."""
GATE_TITLE = said("criteria_check", "Eerst de gewone wegen")
GATE_HELP = said(
    "criteria_check",
    "Afwijken is het laatste middel: eerst komen de gewone wegen, of de reden waarom die "
    "niet kunnen.",
)
"""The sluitstuk, in plain words: its heading and what it means."""


class Applicability(StrEnum):
    YES = "yes"
    NO = "no"
    UNDETERMINED = "undetermined"

    @property
    def label(self) -> str:
        return {
            "yes": "Afwijken kan langs deze route",
            "no": "Afwijken kan niet langs deze route",
            "undetermined": "Nog niet te bepalen",
        }[self.value]


class GateStatus(StrEnum):
    SATISFIED = "satisfied"
    NOT_SATISFIED = "not_satisfied"
    OPEN = "open"

    @property
    def label(self) -> str:
        return {
            "satisfied": "geprobeerd of niet mogelijk",
            "not_satisfied": "niet geprobeerd",
            "open": "nog open",
        }[self.value]


@dataclass(frozen=True)
class GateResult:
    status: GateStatus
    not_tried: tuple[str, ...]
    open_items: tuple[str, ...]
    """Items not yet looked into, or tried / not possible without saying why."""
    explanation: str


@dataclass(frozen=True)
class CriteriaResult:
    route: str | None
    applicable: Applicability
    failed_knockouts: tuple[str, ...]
    blocking_unknowns: tuple[str, ...]
    missing: tuple[str, ...]
    """Every criterion of the route still unknown, knock-out or not, in catalogue order."""
    not_met: tuple[str, ...]
    """Criteria that are not knock-outs and are answered "not met": they weigh against."""
    unmotivated: tuple[str, ...]
    considerations_open: tuple[tuple[str, int, int], ...]
    """(criterion id, open, total) for answered criteria whose considerations lack a note."""
    answered: int
    total: int
    gate: GateResult
    explanation: tuple[str, ...]


def check_criteria(catalogue: CriteriaCatalogue, assessment: Assessment) -> CriteriaResult:
    gate = check_gate(catalogue, assessment)
    route = catalogue.route(assessment.route)
    if route is None:
        return _without_route(gate)
    links = route.criteria
    answers = {link.id: assessment.answer(link.id) for link in links}
    failed = tuple(
        link.id for link in links if link.knockout and answers[link.id].answer is Answer.NOT_MET
    )
    blocking = tuple(
        link.id for link in links if link.knockout and answers[link.id].answer is Answer.UNKNOWN
    )
    missing = tuple(i for i, a in answers.items() if a.answer is Answer.UNKNOWN)
    not_met = tuple(
        link.id for link in links if not link.knockout and answers[link.id].answer is Answer.NOT_MET
    )
    unmotivated = tuple(
        i for i, a in answers.items() if a.answer is not Answer.UNKNOWN and not a.motivation.strip()
    )
    considerations_open = []
    for criterion_id, given in answers.items():
        considered = catalogue.criterion(criterion_id).considerations
        if given.answer is Answer.UNKNOWN or not considered:
            continue
        still_open = sum(1 for c in considered if not given.note(c.id).strip())
        if still_open:
            considerations_open.append((criterion_id, still_open, len(considered)))
    if route.kind is RouteKind.ESCALATION or failed:
        applicable = Applicability.NO
    elif blocking:
        applicable = Applicability.UNDETERMINED
    else:
        applicable = Applicability.YES
    result = CriteriaResult(
        route=route.id,
        applicable=applicable,
        failed_knockouts=failed,
        blocking_unknowns=blocking,
        missing=missing,
        not_met=not_met,
        unmotivated=unmotivated,
        considerations_open=tuple(considerations_open),
        answered=len(links) - len(missing),
        total=len(links),
        gate=gate,
        explanation=(),
    )
    return _explained(result, catalogue, route)


def check_gate(catalogue: CriteriaCatalogue, assessment: Assessment) -> GateResult:
    """The sluitstuk ("eerst de gewone wegen"): were the generic ways tried, or not possible,
    and is it said why?"""
    not_tried, open_items = [], []
    for item in catalogue.gate:
        given = assessment.gate_answer(item.id)
        if given.state is GateState.NOT_TRIED:
            not_tried.append(item.id)
        elif given.state is GateState.UNKNOWN or not given.reason.strip():
            open_items.append(item.id)
    labels = {item.id: f"‘{item.label}’" for item in catalogue.gate}
    explanation: str
    if not_tried:
        status = GateStatus.NOT_SATISFIED
        explanation = (
            said("criteria_check", "{title}: {items} is niet geprobeerd. {help}")
            if len(not_tried) == 1
            else said("criteria_check", "{title}: {items} zijn niet geprobeerd. {help}")
        ).format(title=GATE_TITLE, items=enumerate_nl(labels[i] for i in not_tried), help=GATE_HELP)
    elif open_items:
        status = GateStatus.OPEN
        explanation = said(
            "criteria_check",
            "{title}: bij {items} staat nog niet vast of de gewone weg is geprobeerd of niet "
            "mogelijk was, en waarom.",
        ).format(title=GATE_TITLE, items=enumerate_nl(labels[i] for i in open_items))
    else:
        status = GateStatus.SATISFIED
        explanation = said(
            "criteria_check",
            "{title}: die zijn geprobeerd of waren niet mogelijk, met de reden erbij.",
        ).format(title=GATE_TITLE)
    return GateResult(status, tuple(not_tried), tuple(open_items), explanation)


def _without_route(gate: GateResult) -> CriteriaResult:
    return CriteriaResult(
        route=None,
        applicable=Applicability.UNDETERMINED,
        failed_knockouts=(),
        blocking_unknowns=(),
        missing=(),
        not_met=(),
        unmotivated=(),
        considerations_open=(),
        answered=0,
        total=0,
        gate=gate,
        explanation=(
            said(
                "criteria_check",
                "Er is nog geen route gekozen. Geef aan wat voor bevoegdheid het is en kies de "
                "route waarlangs kan worden afgeweken.",
            ),
            gate.explanation,
        ),
    )


def _explained(
    result: CriteriaResult, catalogue: CriteriaCatalogue, route: Route
) -> CriteriaResult:
    def named(ids: tuple[str, ...]) -> str:
        return enumerate_nl(f"{i} ({catalogue.criterion(i).label})" for i in ids)

    lines: list[str] = []
    if route.kind is RouteKind.ESCALATION:
        lines.append(
            said(
                "criteria_check",
                "Langs deze route is binnen de wet geen afwijking mogelijk: wat rest is "
                "escaleren, of een knelpuntsignaal aan de eigenaar van de regel.",
            )
        )
    elif result.failed_knockouts:
        lines.append(
            (
                said(
                    "criteria_check",
                    "Langs deze route kan niet worden afgeweken: aan {criteria} is niet "
                    "voldaan, en dat is een hard criterium. {help}",
                )
                if len(result.failed_knockouts) == 1
                else said(
                    "criteria_check",
                    "Langs deze route kan niet worden afgeweken: aan {criteria} is niet "
                    "voldaan, en dat zijn harde criteria. {help}",
                )
            ).format(criteria=named(result.failed_knockouts), help=HARD_CRITERION_HELP)
        )
    elif result.blocking_unknowns:
        lines.append(
            (
                said(
                    "criteria_check",
                    "Nog niet te bepalen: van het harde criterium {criteria} staat nog niet "
                    "vast of eraan is voldaan. {help}",
                )
                if len(result.blocking_unknowns) == 1
                else said(
                    "criteria_check",
                    "Nog niet te bepalen: van de harde criteria {criteria} staat nog niet "
                    "vast of eraan is voldaan. {help}",
                )
            ).format(criteria=named(result.blocking_unknowns), help=HARD_CRITERION_HELP)
        )
    else:
        lines.append(
            said(
                "criteria_check",
                "Aan de harde criteria is voldaan: langs deze route kan worden afgeweken.",
            )
        )
    other_missing = tuple(i for i in result.missing if i not in result.blocking_unknowns)
    if other_missing and route.kind is RouteKind.DEVIATION:
        lines.append(
            said(
                "criteria_check", "Nog aan te vullen voor een volledige motivering: {criteria}."
            ).format(criteria=named(other_missing))
        )
    if result.not_met:
        lines.append(
            said(
                "criteria_check",
                "Aan {criteria} is niet voldaan; dat weegt mee in de afweging.",
            ).format(criteria=named(result.not_met))
        )
    if result.unmotivated:
        lines.append(
            said("criteria_check", "Beantwoord zonder motivering: {criteria}.").format(
                criteria=named(result.unmotivated)
            )
        )
    for criterion_id, still_open, total in result.considerations_open:
        lines.append(
            (
                said(
                    "criteria_check",
                    "Bij {id} ({label}) is {open} van de {total} wegingsfactoren nog niet "
                    "toegelicht.",
                )
                if still_open == 1
                else said(
                    "criteria_check",
                    "Bij {id} ({label}) zijn {open} van de {total} wegingsfactoren nog niet "
                    "toegelicht.",
                )
            ).format(
                id=criterion_id,
                label=catalogue.criterion(criterion_id).label,
                open=still_open,
                total=total,
            )
        )
    lines.append(result.gate.explanation)
    return replace(result, explanation=tuple(lines))
