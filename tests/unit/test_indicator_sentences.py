"""The indicators and the route check write their sentences translatable (domain/sentence.py)
and still read, in Dutch, exactly as they did."""

from __future__ import annotations

import pytest

from maatwerkdesk.domain import indicators
from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.decision import OutcomeType
from maatwerkdesk.domain.indicators import IndicatorInput, conflict_of_interest
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.domain.proportionality import ALTERNATIVE_LABELS
from maatwerkdesk.domain.sentence import Sentence, said
from maatwerkdesk.domain.text import enumerate_nl, joined


@pytest.mark.parametrize("count", range(5))
@pytest.mark.parametrize("last", ["en", "of"])
def test_an_enumeration_reads_as_the_dutch_one(count: int, last: str) -> None:
    items = [f"‘item {n}’" for n in range(count)]
    expected = (", ".join(items[:-1]) + f" {last} " + items[-1]) if count > 1 else "".join(items)
    assert enumerate_nl(items, last) == expected


def test_parts_are_joined_as_before() -> None:
    sentences = [said("tests", "Een."), said("tests", "Twee."), said("tests", "Drie.")]
    assert joined(sentences, " ") == "Een. Twee. Drie."
    assert joined(["a", "b"], "; ") == "a; b"
    assert joined([]) == ""


def test_a_sentence_in_a_list_stays_a_sentence() -> None:
    listed = enumerate_nl([said("tests", "a"), "b", "c"])
    assert isinstance(listed, Sentence)
    assert listed.fields["earlier"] == "a, b"
    assert isinstance(listed.fields["earlier"], Sentence)


def test_alternatives_start_a_sentence_as_their_labels_do() -> None:
    for alternative, label in ALTERNATIVE_LABELS.items():
        written = indicators._CAPITALISED_ALTERNATIVES[alternative]
        assert written == label[:1].upper() + label[1:]


def test_a_kind_of_decision_inside_a_sentence_is_its_label_in_lower_case() -> None:
    for kind in OutcomeType:
        assert indicators._OUTCOME_TYPE_WORDS[kind] == kind.label.lower()


def test_a_finding_keeps_its_sentences() -> None:
    finding = conflict_of_interest(
        IndicatorInput(
            outcome=Outcome.DEVIATE,
            deciders=("Anna", "Bram"),
            conflicts_of_interest=("Anna", "Bram"),
        )
    )
    assert finding is not None
    assert finding.statement.startswith(
        "Anna en Bram hebben een belangenconflict gemeld en beslissen toch mee."
    )
    assert finding.message == f"{finding.statement} {finding.advice}"
    assert isinstance(finding.statement, Sentence)
    assert isinstance(finding.message, Sentence)


def test_a_catalogue_is_named_as_before() -> None:
    ref = CatalogueRef("nl.test.routes", "2026.1")
    assert str(ref) == f"{ref}" == "nl.test.routes versie 2026.1"
    assert isinstance(str(ref), Sentence)
