"""The kinds of outcome: suspending, herstel and a payment plan beside the earlier ones."""

from __future__ import annotations

import pytest
from catalogue_samples import SMALL_FACTORS

from maatwerkdesk.domain.decision import (
    Decision,
    Degree,
    DegreeUnit,
    OutcomeType,
    decision_from_data,
    decision_to_data,
    validate_decision,
)
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.factor_catalogue_loading import load_factor_catalogue
from maatwerkdesk.domain.precedent import Outcome, Side
from maatwerkdesk.services.decision_document import _outcome_text

FACTORS = load_factor_catalogue(SMALL_FACTORS, "factoren.toml")
PRO = next(f.id for f in FACTORS.factors if f.side is Side.PRO)
CON = next(f.id for f in FACTORS.factors if f.side is Side.CON)


@pytest.mark.parametrize(
    ("kind", "side", "label"),
    [
        (OutcomeType.SUSPEND, Outcome.DEVIATE, "Opschorten of schorsen"),
        (OutcomeType.PAYMENT_PLAN, Outcome.DEVIATE, "Betalingsregeling op maat"),
        (OutcomeType.CORRECTION, Outcome.GENERIC, "Herstel van het besluit"),
    ],
)
def test_each_new_kind_has_its_side_and_words(kind: OutcomeType, side: Outcome, label: str) -> None:
    assert kind.outcome is side and kind.label == label
    factor = PRO if side is Outcome.DEVIATE else CON
    decision = Decision(kind, reason=frozenset({factor}))
    validate_decision(decision, frozenset({PRO, CON}), FACTORS.sides)
    wrong = Decision(kind, reason=frozenset({CON if factor == PRO else PRO}))
    with pytest.raises(ValidationError):  # herstel does not rest on a reason to deviate
        validate_decision(wrong, frozenset({PRO, CON}), FACTORS.sides)
    assert decision_from_data(decision_to_data(decision)) == decision


def test_suspending_says_for_how_long() -> None:
    held = Decision(OutcomeType.SUSPEND, Degree(DegreeUnit.MONTHS, 6))
    assert _outcome_text(held) == "Opschorten of schorsen (6 maanden)"


def test_the_kinds_known_before_keep_their_place() -> None:
    """The case columns code a kind by its position; a stored index must still read."""
    assert list(OutcomeType)[:6] == [
        OutcomeType.GENERIC,
        OutcomeType.REFUSE,
        OutcomeType.FULL,
        OutcomeType.PARTIAL,
        OutcomeType.ALTERNATIVE,
        OutcomeType.TEMPORARY,
    ]
