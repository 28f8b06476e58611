"""What the letter says in the program's own words is plain Dutch (B1), for every kind of
outcome and every note to whoever sends it, whichever of them a day's demo happens to use."""

from __future__ import annotations

import pytest

from maatwerkdesk.domain.decision import OutcomeType
from maatwerkdesk.domain.plain_language import analyse
from maatwerkdesk.domain.remedy import ADDRESS_NOT_SET, BODY_NOT_SET, TERM_NOT_SET
from maatwerkdesk.services import decision_letter


def test_every_kind_of_outcome_is_said_in_plain_words() -> None:
    assert set(decision_letter.OUTCOME_SENTENCES) == set(OutcomeType)


@pytest.mark.parametrize(
    "text",
    [
        *decision_letter.OUTCOME_SENTENCES.values(),
        decision_letter.NO_CITIZEN_TEXT,
        decision_letter.NO_ADDRESSEE,
        decision_letter.NO_SENDER,
        ADDRESS_NOT_SET,
        BODY_NOT_SET,
        TERM_NOT_SET,
        "Geachte heer of mevrouw,",
    ],
)
def test_the_programs_own_sentences_pass_its_b1_check(text: str) -> None:
    assert analyse(text).findings == ()
