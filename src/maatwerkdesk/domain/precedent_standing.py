"""How a decision stands against each precedent that conflicts with it: one answer for every
view (the indicators, the precedent explanations, the decision document, `assess` and the
precedent panel), so none of them can say "distinguished" while another says "in strijd".

* **distinguished**: the decision names a relevant difference from it, in a recorded
  distinction or in its explicitly chosen reason. The default reason (every factor present
  for the winning side) distinguishes only implicitly and does not count.
* **departed**: the signed decision departs from it on the chair's motivation.
* **open**: neither.

A precedent that forces the other outcome has no relevant difference: it is departed from or
open. A signed departure names the precedents the engine reported when it was signed; a group
of conflicting precedents that differ from the dossier in the same way counts as departed
from when the departure names one of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from maatwerkdesk.domain.case_base import ConflictGroup, OutcomeResult
from maatwerkdesk.domain.conference import SignedDecision
from maatwerkdesk.domain.decision import Decision
from maatwerkdesk.domain.precedent import Conflict, Outcome
from maatwerkdesk.domain.signed_record import Override


class Standing(StrEnum):
    DISTINGUISHED = "distinguished"
    DEPARTED = "departed"
    OPEN = "open"


@dataclass(frozen=True)
class Signature:
    """The signed decision in force, as far as precedent goes."""

    outcome: Outcome
    signed_by: str
    """The chair's name."""
    departed_from: tuple[str, ...] = ()
    motivation: str = ""
    override: Override | None = None
    """The chair's motivated departure from the program's check, when there was one."""


def signature_of(signed: SignedDecision | None) -> Signature | None:
    """What a signed version says, for the indicators and the precedent texts; None when
    there is none, or when it does not check out (a changed record proves nothing)."""
    if signed is None or not signed.intact:
        return None
    return Signature(
        signed.decision.outcome,
        signed.signed_by_name,
        signed.departed_from,
        signed.departure_motivation,
        signed.content.override,
    )


@dataclass(frozen=True)
class GroupStanding:
    group: ConflictGroup
    standing: Standing
    relied_on: str | None
    """The named difference the decision relies on, when distinguished."""


@dataclass(frozen=True)
class OutcomeStanding:
    outcome: Outcome
    contradiction: Standing | None
    """The precedents that force the other outcome (OPEN or DEPARTED); None when none does."""
    groups: tuple[GroupStanding, ...]
    """The groups of conflicting precedents that can be distinguished, in the check's order."""
    signature: Signature | None
    """The signature, when the signed decision is for this outcome."""

    def groups_in(self, standing: Standing) -> list[ConflictGroup]:
        return [g.group for g in self.groups if g.standing is standing]

    @property
    def is_open(self) -> bool:
        """Something conflicts that is neither distinguished nor departed from."""
        return self.contradiction is Standing.OPEN or bool(self.groups_in(Standing.OPEN))

    @property
    def departed(self) -> bool:
        return self.contradiction is Standing.DEPARTED or bool(self.groups_in(Standing.DEPARTED))

    def of(self, conflict: Conflict) -> Standing:
        """The standing of one conflicting precedent of the same check."""
        if not conflict.differences:
            return self.contradiction or Standing.OPEN
        return next(
            (g.standing for g in self.groups if g.group.differences == conflict.differences),
            Standing.OPEN,
        )


def conflict_standing(
    check: OutcomeResult, decision: Decision | None, signature: Signature | None = None
) -> OutcomeStanding:
    """How the dossier's decision (and its signature, if signed) stands against every precedent
    that conflicts with `check.outcome`. A decision or signature for the other outcome
    distinguishes and departs from nothing here."""
    outcome = check.outcome
    named: set[str] = set()
    if decision is not None and decision.outcome is outcome:
        named = {d.factor for d in decision.distinctions} | set(decision.reason or ())
    signed = signature if signature is not None and signature.outcome is outcome else None
    departed = frozenset(signed.departed_from) if signed is not None else frozenset()

    def unnamed(group: ConflictGroup) -> Standing:
        if departed and any(p.id in departed for p in group.precedents):
            return Standing.DEPARTED
        return Standing.OPEN

    contradiction = None
    groups = []
    for group in check.conflict_groups:
        if not group.differences:
            contradiction = unnamed(group)
            continue
        relied = next((f for f in sorted(group.differences) if f in named), None)
        standing = Standing.DISTINGUISHED if relied is not None else unnamed(group)
        groups.append(GroupStanding(group, standing, relied))
    return OutcomeStanding(outcome, contradiction, tuple(groups), signed)
