"""Pattern proposals: explained, stable, remembered when dismissed, blind to input order."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.signal_patterns import (
    CaseTrace,
    Labels,
    PatternRule,
    Thresholds,
    clean_dismissal_reason,
    find_patterns,
)

LABELS = Labels(
    {"mantelzorg": "Mantelzorg", "schulden": "Schulden"}, {"single-decider": "Eén beslisser"}
)


def deviation(
    number: int, winning: frozenset[str] = frozenset({"mantelzorg"}), **kw: object
) -> CaseTrace:
    fields: dict[str, object] = {
        "dossier_id": f"id-{number}",
        "reference": f"D-2026-{number:04d}",
        "regulation": "Participatiewet",
        "article": "art. 22a",
        "signed_deviation": True,
        "winning": winning,
    }
    fields.update(kw)
    return CaseTrace(**fields)  # type: ignore[arg-type]


def test_three_signed_deviations_on_the_same_factors_make_a_proposal() -> None:
    (proposal,) = find_patterns([deviation(n) for n in (1, 2, 3)], LABELS)
    assert proposal.rule is PatternRule.ARTICLE
    assert proposal.references == ("D-2026-0001", "D-2026-0002", "D-2026-0003")
    assert (
        "‘Mantelzorg’" in proposal.explanation
        and "Participatiewet, art. 22a" in proposal.explanation
    )


def test_two_are_not_enough_and_other_factors_or_unsigned_do_not_count() -> None:
    traces = [
        deviation(1),
        deviation(2),
        deviation(3, frozenset({"schulden"})),
        deviation(4, signed_deviation=False),
    ]
    assert find_patterns(traces, LABELS) == []


def test_writing_of_regulation_and_article_does_not_split_a_pattern() -> None:
    traces = [
        deviation(1),
        deviation(2, regulation=" participatiewet"),
        deviation(3, article="Art.  22a"),
    ]
    assert len(find_patterns(traces, LABELS)) == 1


def test_a_group_dossier_counts_once() -> None:
    traces = [deviation(1, group="g"), deviation(2, group="g"), deviation(3)]
    assert find_patterns(traces, LABELS) == []


def test_the_threshold_is_a_setting() -> None:
    traces = [deviation(1), deviation(2)]
    assert len(find_patterns(traces, LABELS, Thresholds(deviations=2))) == 1
    with pytest.raises(ValueError):
        Thresholds(deviations=1)


def test_escalations_and_indicators_make_proposals_per_regulation() -> None:
    traces = [
        CaseTrace(
            f"e{n}",
            f"D-{n}",
            "Wet X",
            f"art. {n}",
            escalated=True,
            indicators=frozenset({"single-decider"}),
        )
        for n in range(3)
    ]
    rules = [p.rule for p in find_patterns(traces, LABELS)]
    assert rules == [PatternRule.ESCALATION, PatternRule.INDICATOR]
    assert "‘Eén beslisser’" in find_patterns(traces, LABELS)[1].explanation


def test_a_dismissed_or_taken_proposal_is_not_offered_again_even_with_more_dossiers() -> None:
    (proposal,) = find_patterns([deviation(n) for n in (1, 2, 3)], LABELS)
    more = [deviation(n) for n in range(1, 9)]
    assert find_patterns(more, LABELS, set_aside={proposal.key}) == []


def test_a_dismissal_needs_a_reason() -> None:
    with pytest.raises(ValidationError, match="waarom"):
        clean_dismissal_reason("  ")
    assert clean_dismissal_reason(" Toeval. ") == "Toeval."


_factor_sets = st.frozensets(st.sampled_from(["mantelzorg", "schulden", "ziekte"]), min_size=1)
_traces = st.lists(
    st.builds(
        CaseTrace,
        dossier_id=st.uuids().map(str),
        reference=st.from_regex(r"D-2026-\d{4}", fullmatch=True),
        regulation=st.sampled_from(["Participatiewet", "Wet X"]),
        article=st.sampled_from(["art. 1", "art. 2"]),
        signed_deviation=st.booleans(),
        winning=_factor_sets,
        escalated=st.booleans(),
        indicators=st.frozensets(st.sampled_from(["a", "b"])),
        group=st.one_of(st.none(), st.sampled_from(["g1", "g2"])),
    ),
    max_size=12,
)


@given(_traces, st.randoms())
def test_the_order_of_the_input_does_not_matter(traces: list[CaseTrace], random: object) -> None:
    shuffled = list(traces)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert find_patterns(shuffled, LABELS) == find_patterns(traces, LABELS)


@given(_traces, st.data())
def test_adding_a_similar_signed_deviation_never_removes_a_pattern(
    traces: list[CaseTrace], data: st.DataObject
) -> None:
    before = {p.key for p in find_patterns(traces, LABELS)}
    similar = data.draw(st.sampled_from(traces)) if traces else deviation(99)
    added = replace(
        similar, dossier_id="new", reference="D-2026-9999", signed_deviation=True, group=None
    )
    after = {p.key for p in find_patterns([*traces, added], LABELS)}
    assert before <= after


@given(_traces, st.data())
def test_a_dismissal_is_remembered(traces: list[CaseTrace], data: st.DataObject) -> None:
    found = find_patterns(traces, LABELS)
    dismissed = {p.key for p in data.draw(st.lists(st.sampled_from(found)))} if found else set()
    kept = find_patterns(traces, LABELS, set_aside=dismissed)
    assert {p.key for p in kept} == {p.key for p in found} - dismissed


def test_the_explanation_says_how_a_group_counted() -> None:
    traces = [deviation(1, group="g"), deviation(2, group="g"), deviation(3), deviation(4)]
    (proposal,) = find_patterns(traces, LABELS)
    assert "In 4 ondertekende afwijkingen (3 als leden van één groep samen één tellen)" in (
        proposal.explanation
    )
    assert len(proposal.dossiers) == 4
