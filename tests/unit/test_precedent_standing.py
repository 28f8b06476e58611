"""How a decision stands against each conflicting precedent: distinguished, departed from on
the chair's motivation, or still open. One function decides it for every view."""

from __future__ import annotations

from test_indicators import SIDES

from maatwerkdesk.domain.case_base import CaseBase, CaseEntry, CaseQuery
from maatwerkdesk.domain.decision import Decision, Distinction, OutcomeType
from maatwerkdesk.domain.precedent import Outcome, Precedent
from maatwerkdesk.domain.precedent_explanation import departed_precedents, explain_outcome
from maatwerkdesk.domain.precedent_standing import Signature, Standing, conflict_standing

DEVIATE, GENERIC = Outcome.DEVIATE, Outcome.GENERIC


def entry(case_id: str, factors: set[str], outcome: Outcome, reason: set[str]) -> CaseEntry:
    kind = OutcomeType.FULL if outcome is DEVIATE else OutcomeType.REFUSE
    precedent = Precedent(case_id, frozenset(factors), outcome, frozenset(reason))
    return CaseEntry(precedent, ROUTE, kind, None, "", False)


ROUTE = "pw-58-8"


BASE = CaseBase(
    [
        entry("d-1", {"eigen-aandeel", "groot-bedrag"}, DEVIATE, {"eigen-aandeel"}),
        entry("g-1", {"geen-verwijt", "bewuste-schending"}, GENERIC, {"bewuste-schending"}),
        entry("g-2", {"kinderen", "bewuste-schending"}, GENERIC, {"bewuste-schending"}),
    ],
    SIDES,
)
CASE = frozenset({"geen-verwijt", "kinderen", "bewuste-schending"})
"""Deviating conflicts with g-1 (distinguishable on ‘kinderen’) and g-2 (on ‘geen-verwijt’)."""


def check(decision: Decision | None = None, factors: frozenset[str] = CASE):  # type: ignore[no-untyped-def]
    reasons = {}
    if decision is not None and decision.reason is not None:
        reasons[decision.outcome] = decision.reason
    query = CaseQuery(factors, ROUTE, reasons=reasons)
    return BASE.assess(query).outcomes


def standings(decision: Decision | None, signature: Signature | None = None) -> dict[str, Standing]:
    outcome = check(decision)[DEVIATE]
    standing = conflict_standing(outcome, decision, signature)
    return {c.precedent.id: standing.of(c) for c in outcome.conflicts}


def test_nothing_recorded_leaves_every_conflict_open() -> None:
    assert standings(None) == {"g-1": Standing.OPEN, "g-2": Standing.OPEN}
    # The default reason names every factor, but no difference is relied on by name.
    assert standings(Decision(OutcomeType.FULL)) == {"g-1": Standing.OPEN, "g-2": Standing.OPEN}


def test_a_recorded_distinction_or_a_chosen_reason_distinguishes() -> None:
    recorded = Decision(
        OutcomeType.FULL,
        reason=frozenset({"kinderen"}),
        distinctions=(Distinction("g-1", "kinderen"),),
    )
    assert standings(recorded) == {"g-1": Standing.DISTINGUISHED, "g-2": Standing.OPEN}
    by_reason = Decision(OutcomeType.FULL, reason=frozenset({"kinderen", "geen-verwijt"}))
    assert standings(by_reason) == {"g-1": Standing.DISTINGUISHED, "g-2": Standing.DISTINGUISHED}


def test_a_decision_for_the_other_outcome_distinguishes_nothing_here() -> None:
    refuse = Decision(OutcomeType.REFUSE, reason=frozenset({"bewuste-schending"}))
    assert standings(refuse) == {"g-1": Standing.OPEN, "g-2": Standing.OPEN}


def test_a_signed_departure_settles_what_it_names_and_nothing_else() -> None:
    full = Decision(OutcomeType.FULL)
    signature = Signature(DEVIATE, "Voorzitter", ("g-1",), "Nieuw beleid.")
    assert standings(full, signature) == {"g-1": Standing.DEPARTED, "g-2": Standing.OPEN}
    elsewhere = Signature(GENERIC, "Voorzitter", ("g-1",), "Nieuw beleid.")
    assert standings(full, elsewhere) == {"g-1": Standing.OPEN, "g-2": Standing.OPEN}


def test_a_contradicting_precedent_is_open_until_departed_from() -> None:
    factors = frozenset({"eigen-aandeel", "groot-bedrag"})
    refuse = Decision(OutcomeType.REFUSE)
    outcome = check(refuse, factors)[GENERIC]
    assert conflict_standing(outcome, refuse, None).contradiction is Standing.OPEN
    assert departed_precedents(outcome, refuse) == ["d-1"]
    signature = Signature(GENERIC, "Voorzitter", ("d-1",), "Nieuw beleid.")
    standing = conflict_standing(outcome, refuse, signature)
    (conflict,) = outcome.conflicts
    assert standing.contradiction is Standing.DEPARTED
    assert standing.of(conflict) is Standing.DEPARTED
    assert not standing.is_open


def test_the_explanation_says_what_the_standing_says() -> None:
    label = {"kinderen": "Kinderen", "geen-verwijt": "Geen verwijt"}.get
    recorded = Decision(
        OutcomeType.FULL,
        reason=frozenset({"kinderen"}),
        distinctions=(Distinction("g-1", "kinderen"),),
    )
    signature = Signature(DEVIATE, "Voorzitter", ("g-2",), "Nieuw beleid.")
    report = BASE.assess(CaseQuery(CASE, ROUTE, reasons={DEVIATE: frozenset({"kinderen"})}))
    explained = explain_outcome(report, DEVIATE, label, recorded, signature)  # type: ignore[arg-type]
    assert [note.standing for note in explained.conflicts] == [
        Standing.DEPARTED,
        Standing.DISTINGUISHED,
    ]
    departed, distinguished = (note.text for note in explained.conflicts)
    assert departed == "Afgeweken van g-2 met de motivering van de voorzitter: Nieuw beleid."
    assert distinguished == "Onderscheiden van g-1: dit dossier verschilt op ‘Kinderen’."
    assert "tenzij" not in explained.headline and not explained.needs_distinction
    open_ = explain_outcome(report, DEVIATE, label)  # type: ignore[arg-type]
    assert open_.needs_distinction
    assert open_.headline.startswith("Het afwijken van de regel is in strijd met g-1 en g-2")
