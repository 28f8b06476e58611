"""Factors, decisions and the case base through the services, on a real database."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalogue_samples import ship_samples
from precedent_fixtures import TEST_FACTORS as FACTORS
from precedent_fixtures import TEST_ROUTE, decided, new_dossier
from sqlalchemy import select

from maatwerkdesk.domain.decision import Decision, Degree, DegreeUnit, Distinction, OutcomeType
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.precedent import Outcome, Status
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import AuditRow, ImportedPrecedentRow
from maatwerkdesk.services import catalogues, precedents
from maatwerkdesk.services.case_base_store import case_base, warm_case_bases
from maatwerkdesk.services.context import Context

DEVIATE, GENERIC = Outcome.DEVIATE, Outcome.GENERIC


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship_samples(tmp_path / "catalogues", monkeypatch)


def state_of(database: Database, context: Context, dossier_id: str) -> precedents.PrecedentState:
    with database.sessions.begin() as session:
        return precedents.load_precedents(session, context, dossier_id)


def test_the_catalogue_is_suggested_from_the_regulation_until_factors_are_saved(
    database: Database, context: Context
) -> None:
    dossier_id = new_dossier(database, context)
    state = state_of(database, context, dossier_id)
    assert state.catalogue is not None and state.catalogue.ref == FACTORS
    assert not state.saved and state.factors == frozenset() and state.decision is None
    assert state.report is not None and state.report.similar == []
    with database.sessions.begin() as session:
        saved = precedents.save_factors(
            session, context, dossier_id, FACTORS, frozenset({"eigen-aandeel", "groot-bedrag"})
        )
        names = session.scalars(select(AuditRow.name)).all()
    assert saved.saved and saved.factors == {"eigen-aandeel", "groot-bedrag"}
    assert "factors.save" in names


def test_an_unknown_factor_is_refused(database: Database, context: Context) -> None:
    dossier_id = new_dossier(database, context)
    with database.sessions.begin() as session, pytest.raises(ValidationError, match="niet in"):
        precedents.save_factors(session, context, dossier_id, FACTORS, frozenset({"verzonnen"}))


def test_a_decided_dossier_forces_the_next_similar_one(
    database: Database, context: Context
) -> None:
    label = decided(
        database,
        context,
        {"eigen-aandeel", "geen-verwijt", "groot-bedrag"},
        Decision(OutcomeType.PARTIAL, Degree(DegreeUnit.PERCENT, 50), frozenset({"eigen-aandeel"})),
    )
    new = new_dossier(database, context, "Terugvordering bijstand", TEST_ROUTE)
    with database.sessions.begin() as session:
        state = precedents.save_factors(
            session, context, new, FACTORS, frozenset({"eigen-aandeel", "groot-bedrag"})
        )
    assert state.report is not None
    deviate, generic = state.report.outcomes[DEVIATE], state.report.outcomes[GENERIC]
    assert deviate.status is Status.FORCED and [p.id for p in deviate.forcing] == [label]
    assert generic.status is Status.INCONSISTENT
    assert [str(r) for r in state.report.degree_ranges[DEVIATE]] == ["50%"]
    assert [s.entry.id for s in state.report.similar] == [label]


def test_an_open_dossier_is_not_a_precedent(database: Database, context: Context) -> None:
    first = new_dossier(database, context)
    with database.sessions.begin() as session:
        precedents.save_factors(session, context, first, FACTORS, frozenset({"eigen-aandeel"}))
        precedents.save_decision(session, context, first, Decision(OutcomeType.FULL))
    second = new_dossier(database, context)
    with database.sessions.begin() as session:
        state = precedents.save_factors(
            session, context, second, FACTORS, frozenset({"eigen-aandeel"})
        )
    assert state.report is not None and state.report.outcomes[DEVIATE].status is Status.FREE


def test_a_distinction_must_be_a_difference_the_engine_names(
    database: Database, context: Context
) -> None:
    label = decided(
        database,
        context,
        {"geen-verwijt", "bewuste-schending"},
        Decision(OutcomeType.REFUSE, reason=frozenset({"bewuste-schending"})),
    )
    dossier_id = new_dossier(database, context, route=TEST_ROUTE)
    present = frozenset({"geen-verwijt", "eigen-aandeel", "bewuste-schending"})
    with database.sessions.begin() as session:
        state = precedents.save_factors(session, context, dossier_id, FACTORS, present)
    assert state.report is not None
    [conflict] = state.report.outcomes[DEVIATE].conflicts
    assert conflict.precedent.id == label and conflict.differences == {"eigen-aandeel"}
    wrong = Decision(OutcomeType.FULL, distinctions=(Distinction(label, "geen-verwijt"),))
    with database.sessions.begin() as session, pytest.raises(ValidationError, match="niet van"):
        precedents.save_decision(session, context, dossier_id, wrong)
    right = Decision(OutcomeType.FULL, distinctions=(Distinction(label, "eigen-aandeel"),))
    with database.sessions.begin() as session:
        saved = precedents.save_decision(session, context, dossier_id, right)
    assert saved.decision is not None and saved.decision.distinctions == right.distinctions
    assert saved.decision.decided_on == context.today


def test_a_reason_outside_the_winning_factors_is_refused(
    database: Database, context: Context
) -> None:
    dossier_id = new_dossier(database, context)
    with database.sessions.begin() as session:
        precedents.save_factors(
            session, context, dossier_id, FACTORS, frozenset({"eigen-aandeel", "groot-bedrag"})
        )
        with pytest.raises(ValidationError, match="voor de gekozen uitkomst"):
            precedents.save_decision(
                session,
                context,
                dossier_id,
                Decision(OutcomeType.FULL, reason=frozenset({"groot-bedrag"})),
            )


def test_a_decision_needs_factors_first(database: Database, context: Context) -> None:
    dossier_id = new_dossier(database, context)
    with database.sessions.begin() as session, pytest.raises(ValidationError, match="eerst"):
        precedents.save_decision(session, context, dossier_id, Decision(OutcomeType.FULL))


def test_removing_a_factor_prunes_the_reason_and_withdrawing_removes_the_decision(
    database: Database, context: Context
) -> None:
    dossier_id = new_dossier(database, context)
    both = frozenset({"eigen-aandeel", "kinderen"})
    with database.sessions.begin() as session:
        precedents.save_factors(session, context, dossier_id, FACTORS, both)
        precedents.save_decision(
            session, context, dossier_id, Decision(OutcomeType.FULL, reason=frozenset({"kinderen"}))
        )
        state = precedents.save_factors(
            session, context, dossier_id, FACTORS, frozenset({"eigen-aandeel"})
        )
        assert state.decision is not None and state.decision.reason is None
        assert precedents.save_decision(session, context, dossier_id, None).decision is None


def test_the_preview_of_factors_is_what_storing_them_gives(
    database: Database, context: Context
) -> None:
    """The panel shows it before the store ends: the same decision (its reason pruned as
    the store prunes it) and the same verdict, read without writing."""
    decided(database, context, {"eigen-aandeel", "kinderen"}, Decision(OutcomeType.FULL))
    dossier_id = new_dossier(database, context)
    both = frozenset({"eigen-aandeel", "kinderen"})
    reason = Decision(OutcomeType.FULL, reason=frozenset({"kinderen"}))
    with database.sessions.begin() as session:
        precedents.save_factors(session, context, dossier_id, FACTORS, both)
        precedents.save_decision(session, context, dossier_id, reason)
    for factors in (frozenset({"eigen-aandeel"}), both, frozenset()):
        shown = state_of(database, context, dossier_id)
        with database.reads() as session:
            preview = precedents.preview_factors(session, shown, factors)
        with database.sessions.begin() as session:
            stored = precedents.save_factors(session, context, dossier_id, FACTORS, factors)
        assert (preview.factors, preview.decision) == (stored.factors, stored.decision)
        assert preview.report is not None and stored.report is not None
        for outcome in Outcome:
            one, other = preview.report.outcomes[outcome], stored.report.outcomes[outcome]
            assert (one.status, one.forcing_count) == (other.status, other.forcing_count)
        assert preview.factors_revision == shown.factors_revision  # nothing written


def test_imported_precedents_join_the_case_base_and_are_marked(
    database: Database, context: Context
) -> None:
    with database.sessions.begin() as session:
        session.add(
            ImportedPrecedentRow(
                reference="GV-2025-017",
                origin="Gemeente Voorbeeld (fictief)",
                catalogue_id=FACTORS.id,
                catalogue_version=FACTORS.version,
                route="pw-58-8",
                factors=["eigen-aandeel", "groot-bedrag"],
                outcome="deviate",
                outcome_type="partial",
                degree_unit="percent",
                degree_value=40.0,
                reason=["eigen-aandeel"],
                summary="Terugvordering na een fout van de gemeente",
            )
        )
    dossier_id = new_dossier(database, context, route=TEST_ROUTE)
    with database.sessions.begin() as session:
        state = precedents.save_factors(
            session, context, dossier_id, FACTORS, frozenset({"eigen-aandeel", "groot-bedrag"})
        )
    assert state.report is not None
    [similar] = state.report.similar
    assert similar.entry.id == "GV-2025-017" and similar.entry.imported
    assert state.report.outcomes[DEVIATE].status is Status.FORCED


def test_warming_builds_each_index_once_and_a_change_rebuilds_it(
    database: Database, context: Context
) -> None:
    decided(database, context, {"kinderen", "groot-bedrag"}, Decision(OutcomeType.FULL))
    assert warm_case_bases(database.reads, context.current_date()) == 1
    with database.sessions.begin() as session:
        catalogue = catalogues.known_catalogues(session).factors(FACTORS)
        first = case_base(session, catalogue)
        assert case_base(session, catalogue) is first
    decided(database, context, {"kinderen"}, Decision(OutcomeType.FULL))
    with database.sessions.begin() as session:
        assert len(case_base(session, catalogue)) == 2


@pytest.mark.parametrize("reason", [None, frozenset()], ids=["every-factor-for-the-side", "empty"])
def test_a_decision_resting_on_no_factor_is_refused(
    database: Database, context: Context, reason: frozenset[str] | None
) -> None:
    """Only factors against deviating are present: deviating would rest on nothing, and as a
    precedent it would force deviating on every dossier, whatever its factors."""
    dossier_id = new_dossier(database, context)
    with database.sessions.begin() as session:
        precedents.save_factors(
            session, context, dossier_id, FACTORS, frozenset({"groot-bedrag", "eerder-maatwerk"})
        )
    with database.sessions.begin() as session, pytest.raises(ValidationError) as caught:
        precedents.save_decision(
            session, context, dossier_id, Decision(OutcomeType.FULL, None, reason)
        )
    assert caught.value.field == "decision.reason"
    assert state_of(database, context, dossier_id).decision is None


def test_a_decision_kept_on_fewer_factors_loses_what_rested_on_the_others() -> None:
    decision = Decision(
        OutcomeType.FULL,
        reason=frozenset({"kinderen", "eigen-aandeel"}),
        distinctions=(Distinction("MW-2026-00001", "kinderen"),),
    )
    kept = decision.kept_on(frozenset({"eigen-aandeel"}))
    assert kept.reason == {"eigen-aandeel"} and kept.distinctions == ()
    assert decision.kept_on(frozenset()).reason is None  # every factor again
    assert Decision(OutcomeType.FULL).kept_on(frozenset()) == Decision(OutcomeType.FULL)
