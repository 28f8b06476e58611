"""A dossier's assessment against a criteria catalogue: the route and the answers given.

The answers are what the caseworker records; whether the route is applicable is never
stored as an answer but computed from them (see criteria_check).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from maatwerkdesk.domain.catalogue import CatalogueRef, CriteriaCatalogue


class Answer(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return {"met": "Voldaan", "not_met": "Niet voldaan", "unknown": "Onbekend"}[self.value]


class GateState(StrEnum):
    """How a generic way (regular provisions, payment plan, bezwaar) was dealt with."""

    TRIED = "tried"
    NOT_POSSIBLE = "not_possible"
    NOT_TRIED = "not_tried"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return _GATE_LABELS[self]


_GATE_LABELS = {
    GateState.TRIED: "Geprobeerd",
    GateState.NOT_POSSIBLE: "Niet mogelijk",
    GateState.NOT_TRIED: "Niet geprobeerd",
    GateState.UNKNOWN: "Nog niet nagegaan",
}


class EvidenceKind(StrEnum):
    TIMELINE = "timeline"
    ATTACHMENT = "attachment"


@dataclass(frozen=True, order=True)
class EvidenceLink:
    """Points at a timeline entry or attachment of the same dossier that supports an answer."""

    kind: EvidenceKind
    id: str


@dataclass(frozen=True)
class CriterionAnswer:
    criterion_id: str
    answer: Answer = Answer.UNKNOWN
    motivation: str = ""
    evidence: tuple[EvidenceLink, ...] = ()
    notes: tuple[tuple[str, str], ...] = ()
    """Per consideration id a note on how it was weighed (only non-empty notes, sorted)."""

    def note(self, consideration_id: str) -> str:
        return dict(self.notes).get(consideration_id, "")


@dataclass(frozen=True)
class GateAnswer:
    item_id: str
    state: GateState = GateState.UNKNOWN
    reason: str = ""


@dataclass(frozen=True)
class Assessment:
    catalogue: CatalogueRef
    power: str | None = None
    route: str | None = None
    answers: dict[str, CriterionAnswer] = field(default_factory=dict)
    gate: dict[str, GateAnswer] = field(default_factory=dict)

    def answer(self, criterion_id: str) -> CriterionAnswer:
        return self.answers.get(criterion_id) or CriterionAnswer(criterion_id)

    def gate_answer(self, item_id: str) -> GateAnswer:
        return self.gate.get(item_id) or GateAnswer(item_id)


@dataclass(frozen=True)
class CarryOver:
    """What a re-assessment under a newer catalogue version kept and what it reset."""

    assessment: Assessment
    carried: tuple[str, ...]
    reset: tuple[str, ...]
    route_kept: bool


def carry_over(assessment: Assessment, old: CriteriaCatalogue, new: CriteriaCatalogue) -> CarryOver:
    """The assessment moved to `new`: answers to criteria whose substance is unchanged stay.

    A criterion that was removed, reworded or given other considerations is reset to
    unknown, so the caseworker answers it again under the new text.
    """
    old_criteria = {c.id: c for c in old.criteria}
    new_criteria = {c.id: c for c in new.criteria}
    carried, reset = [], []
    answers = {}
    order = [c.id for c in new.criteria] + [c.id for c in old.criteria]
    given_ids = sorted(assessment.answers, key=lambda i: order.index(i) if i in order else 0)
    for criterion_id in given_ids:
        given = assessment.answers[criterion_id]
        before, after = old_criteria.get(criterion_id), new_criteria.get(criterion_id)
        if before is not None and after is not None and before.substance == after.substance:
            answers[criterion_id] = given
            carried.append(criterion_id)
        elif given.answer is not Answer.UNKNOWN or given.motivation:
            reset.append(criterion_id)
    old_gate = {g.id: g for g in old.gate}
    gate = {
        item.id: assessment.gate[item.id]
        for item in new.gate
        if item.id in assessment.gate
        and item.id in old_gate
        and old_gate[item.id].substance == item.substance
    }
    route_kept = new.route(assessment.route) is not None
    power = assessment.power if new.power(assessment.power) is not None else None
    moved = replace(
        assessment,
        catalogue=new.ref,
        power=power,
        route=assessment.route if route_kept else None,
        answers=answers,
        gate=gate,
    )
    return CarryOver(moved, tuple(carried), tuple(reset), route_kept)
