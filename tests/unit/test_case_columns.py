"""A case base changed case by case answers as one built afresh, earlier reports keep what
they said, more than 64 factors work, and a pack reads back as the columns it was made of."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from maatwerkdesk.domain.case_base import CaseBase, CaseEntry, CaseQuery, PrecedentReport
from maatwerkdesk.domain.case_columns import CaseColumns
from maatwerkdesk.domain.case_pack import PackError, decode, encode
from maatwerkdesk.domain.case_record import CaseRecord, ReasonMode
from maatwerkdesk.domain.decision import Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.precedent import (
    FactorSides,
    Outcome,
    Precedent,
    Side,
    check_outcome,
)
from maatwerkdesk.domain.text import content_words
from tests.unit.test_precedent_engine import FACTORS, SIDES, precedents

DEVIATE, GENERIC = Outcome.DEVIATE, Outcome.GENERIC
START = datetime(2025, 1, 1, tzinfo=UTC)
WORDS = ["terugvordering", "bijstand", "huur", "kinderen", "schuld", "fout"]
ROUTES = [None, "r1", "r2"]


@st.composite
def records(draw: st.DrawFn, name: str) -> CaseRecord:
    precedent = draw(precedents(name))
    unit = draw(st.sampled_from([None, *DegreeUnit]))
    return CaseRecord(
        case_id=precedent.id,
        key=f"k:{precedent.id}",
        version="",
        factors=precedent.factors,
        reason=precedent.reason,
        reason_mode=ReasonMode.AS_GIVEN,
        outcome_type=OutcomeType.PARTIAL if precedent.outcome is DEVIATE else OutcomeType.GENERIC,
        route=draw(st.sampled_from(ROUTES)),
        degree=Degree(unit, draw(st.integers(0, 100))) if unit else None,
        summary=f"Zaak {precedent.id}",
        imported=draw(st.booleans()),
        words=frozenset(draw(st.sets(st.sampled_from(WORDS), max_size=3))),
        known_since=draw(st.sampled_from([None, START, START + timedelta(days=30)])),
    )


def entry(record: CaseRecord) -> CaseEntry:
    outcome = record.outcome_type.outcome
    return CaseEntry.of(record, Precedent(record.case_id, record.factors, outcome, record.reason))


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[CaseRecord], list[tuple[list[CaseRecord], list[str]]]]:
    """A first case base and a few changes: cases added, replaced (same key) or removed.
    Ids are drawn so that later cases sort before earlier ones too."""
    names = draw(st.lists(st.sampled_from("abcdefghij"), min_size=0, max_size=6, unique=True))
    first = [draw(records(f"c-{n}")) for n in names]
    keys = [r.key for r in first]
    changes = []
    for step in range(draw(st.integers(1, 4))):
        added = [
            draw(records(f"{n}{step}")) for n in draw(st.sets(st.sampled_from("abkz"), max_size=2))
        ]
        replaced = [
            draw(records(key[2:]))
            for key in draw(st.sets(st.sampled_from(keys), max_size=2) if keys else st.just(set()))
        ]
        removed = draw(st.sets(st.sampled_from(keys), max_size=1) if keys else st.just(set()))
        removed -= {r.key for r in replaced}
        changes.append(([*added, *replaced], sorted(removed)))
        keys = [k for k in [*keys, *(r.key for r in added)] if k not in removed]
    return first, changes


def final_state(
    first: list[CaseRecord], changes: list[tuple[list[CaseRecord], list[str]]]
) -> list[CaseRecord]:
    current = {r.key: r for r in first}
    for added, removed in changes:
        for key in removed:
            current.pop(key, None)
        for record in added:
            current[record.key] = record
    return list(current.values())


def summary(report: PrecedentReport) -> object:
    """Everything a report says, as plain values."""
    return (
        {
            o: (
                r.status,
                r.reason_consistent,
                [p.id for p in r.forcing],
                [p.id for p in r.contradicting],
                [(c.precedent, c.differences, c.distinguished) for c in r.conflicts],
                [(g.differences, g.count, [p.id for p in g.first(2)]) for g in r.conflict_groups],
            )
            for o, r in report.outcomes.items()
        },
        report.degree_ranges,
        [(s.entry, s.relation, s.shared, s.text_similarity) for s in report.similar],
        {o: [p.id for p in r.contradicting] for o, r in report.later.items()},
        len(report.base_conflicts),
    )


QUERIES = st.builds(
    lambda factors, route, words, exclude, as_of: CaseQuery(
        frozenset(factors),
        route,
        frozenset(words),
        exclude=exclude,
        as_of=as_of,
    ),
    st.sets(st.sampled_from(FACTORS)),
    st.sampled_from(ROUTES),
    st.sets(st.sampled_from([*WORDS, "onbekend"]), max_size=3),
    st.sampled_from([None, "c-a", "a0", "k1"]),
    st.sampled_from([None, START + timedelta(days=1)]),
)


@given(histories(), QUERIES, st.integers(1, 5))
@settings(max_examples=150)
def test_a_base_changed_case_by_case_answers_as_one_built_afresh(history, query, limit) -> None:  # type: ignore[no-untyped-def]
    first, changes = history
    columns = CaseColumns.of_records(first)
    for added, removed in changes:
        columns = columns.changed(added, removed)
    changed = CaseBase.of_columns(columns, SIDES).assess(query, limit)
    fresh = CaseBase([entry(r) for r in final_state(first, changes)], SIDES).assess(query, limit)
    assert summary(changed) == summary(fresh)


@given(histories(), QUERIES)
def test_a_report_taken_before_a_change_stays_as_it_was(history, query) -> None:  # type: ignore[no-untyped-def]
    first, changes = history
    columns = CaseColumns.of_records(first)
    before = CaseBase.of_columns(columns, SIDES).assess(query)
    told = summary(before)
    for added, removed in changes:
        columns = columns.changed(added, removed)
    CaseBase.of_columns(columns, SIDES).assess(query)
    assert summary(before) == told
    # An older snapshot can still be changed: it gets storage of its own.
    again = CaseColumns.of_records(first)
    newer = again.changed(*changes[0])
    older_changed = again.changed(*changes[0])
    assert summary(CaseBase.of_columns(older_changed, SIDES).assess(query)) == summary(
        CaseBase.of_columns(newer, SIDES).assess(query)
    )


@given(histories(), QUERIES)
def test_a_pack_reads_back_as_the_base_it_was_made_of(history, query) -> None:  # type: ignore[no-untyped-def]
    first, changes = history
    columns = CaseColumns.of_records(first)
    for added, removed in changes:
        columns = columns.changed(added, removed)
    pack = decode(encode("cat", 7, columns))
    assert (pack.catalogue_id, pack.seq) == ("cat", 7)
    assert pack.columns.records() == columns.records()
    answer = CaseBase.of_columns(pack.columns, SIDES).assess(query)
    assert summary(answer) == summary(CaseBase.of_columns(columns, SIDES).assess(query))
    # and it can be changed further
    grown = pack.columns.changed(*changes[-1])
    assert len(grown.records()) == len(final_state(final_state(first, changes), [changes[-1]]))


def test_bytes_that_are_no_pack_are_refused() -> None:
    good = encode("cat", 1, CaseColumns.of_records([]))
    for bad in (
        b"",
        b"rommel",
        good[:20],
        good[:-8] + b"\xff" * 8,
        good.replace(b'"n":0', b'"n":5'),
    ):
        try:
            decode(bad)
        except PackError:
            continue
        raise AssertionError(f"accepted {bad!r}")


WIDE = FactorSides(
    {f"p{i:02}": Side.PRO for i in range(40)} | {f"d{i:02}": Side.CON for i in range(40)}
)
WIDE_FACTORS = sorted(f for f, _ in WIDE.items())


@st.composite
def wide_precedents(draw: st.DrawFn, name: str) -> Precedent:
    present = frozenset(draw(st.sets(st.sampled_from(WIDE_FACTORS), min_size=1, max_size=12)))
    outcome = draw(st.sampled_from(list(Outcome)))
    winning = sorted(WIDE.of(present, outcome.side))
    reason = frozenset(draw(st.sets(st.sampled_from(winning)))) if winning else frozenset()
    return Precedent(name, present, outcome, reason)


@given(
    st.lists(st.integers(0, 10_000), max_size=12, unique=True).flatmap(
        lambda numbers: st.tuples(*(wide_precedents(f"w{n:05}") for n in numbers))
    ),
    st.sets(st.sampled_from(WIDE_FACTORS), max_size=20),
)
def test_a_catalogue_of_more_than_64_factors_gives_the_answers_of_the_definitions(
    base: tuple[Precedent, ...], factors: set[str]
) -> None:
    kind = {DEVIATE: OutcomeType.FULL, GENERIC: OutcomeType.REFUSE}
    indexed = CaseBase([CaseEntry(p, "r", kind[p.outcome], None, "", False) for p in base], WIDE)
    report = indexed.assess(CaseQuery(frozenset(factors), "r"))
    for outcome in Outcome:
        result, expected = report.outcomes[outcome], check_outcome(factors, outcome, base, WIDE)
        assert (result.status, result.forcing, result.contradicting, result.conflicts) == (
            expected.status,
            expected.forcing,
            expected.contradicting,
            expected.conflicts,
        )


def test_a_signed_reason_counts_as_far_as_present_for_the_winning_side() -> None:
    """Stored as chosen; read with the catalogue's sides as `Decision.reason_for` does."""

    def signed(case_id: str, factors: set[str], reason: set[str] | None) -> CaseRecord:
        return CaseRecord(
            case_id,
            f"s:{case_id}",
            "hash",
            frozenset(factors),
            frozenset(reason or ()),
            ReasonMode.ALL_PRESENT if reason is None else ReasonMode.CHOSEN,
            OutcomeType.FULL,
            "r",
            None,
            "",
            False,
            content_words("Terugvordering"),
            None,
        )

    columns = CaseColumns.of_records(
        [
            signed("a", {"p1", "p2", "d1"}, None),
            signed("b", {"p1", "d1"}, {"p1", "p3"}),
            signed("c", {"d1"}, None),  # rests on nothing for its side: binds nothing
        ]
    )
    base = CaseBase.of_columns(columns, SIDES)
    assert len(base) == 2
    report = base.assess(CaseQuery(frozenset({"p1", "p2", "d1"}), "r"))
    forcing = report.outcomes[DEVIATE].forcing
    assert [(p.id, p.reason) for p in forcing] == [("a", {"p1", "p2"}), ("b", {"p1"})]
    assert "c" not in report.entries and report.entries["a"].precedent.reason == {"p1", "p2"}
