"""The whole check of a dossier: the proposal stored, indicators over everything recorded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from catalogue_samples import ship_samples
from precedent_fixtures import TEST_FACTORS, decided, new_dossier
from sqlalchemy import select

from maatwerkdesk.domain.assessment import Answer, CriterionAnswer
from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.domain.proposal import Proposal, Signal, SignalKind, Zienswijze
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import AuditRow
from maatwerkdesk.services import assessments, dossiers, precedents
from maatwerkdesk.services.chart import chart_data
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossier_check import load_check
from maatwerkdesk.services.proposals import load_proposal, save_proposal
from maatwerkdesk.services.similar_deviations import similar_deviations


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship_samples(tmp_path / "catalogues", monkeypatch)


def findings(database: Database, context: Context, dossier_id: str, outcome=None) -> set[str]:
    with database.sessions.begin() as session:
        return {f.id for f in load_check(session, context, dossier_id, outcome).findings}


def test_a_proposal_round_trips_cleaned_and_audited(database: Database, context: Context) -> None:
    dossier_id = new_dossier(database, context)
    proposal = Proposal(
        citizen_text="  U hoeft minder terug te betalen.\r\n",
        review_date=date(2027, 6, 1),
        factor_motivations={"eigen-aandeel": "De gemeente verwerkte de melding niet.", "x": " "},
        deciders=("A. Behandelaar", " A. Behandelaar ", "B. Collega"),
        conflicts_of_interest=(),
        zienswijze=Zienswijze.OFFERED,
        on_application=True,
        signal=Signal(SignalKind.POLICY_RULE, "Beleidsregel terugvordering art. 3", "Team beleid"),
        escalate=True,
    )
    with database.sessions.begin() as session:
        saved = save_proposal(session, context, dossier_id, proposal)
    with database.sessions.begin() as session:
        assert load_proposal(session, dossier_id) == saved
        names = session.scalars(select(AuditRow.name)).all()
    assert saved.citizen_text == "U hoeft minder terug te betalen." and saved.escalate
    assert saved.deciders == ("A. Behandelaar", "B. Collega")
    assert saved.factor_motivations == {"eigen-aandeel": "De gemeente verwerkte de melding niet."}
    assert "proposal.save" in names
    with database.sessions.begin() as session, pytest.raises(ValidationError):
        save_proposal(session, context, dossier_id, Proposal(deciders=("x" * 300,)))


def test_no_outcome_means_almost_no_indicators_and_an_outcome_can_be_asked(
    database: Database, context: Context
) -> None:
    dossier_id = new_dossier(database, context)
    with database.sessions.begin() as session:
        precedents.save_factors(
            session, context, dossier_id, TEST_FACTORS, frozenset({"eigen-aandeel"})
        )
    assert findings(database, context, dossier_id) == set()
    asked = findings(database, context, dossier_id, Outcome.DEVIATE)
    assert {"free-decision", "single-decider", "criteria-unknown"} <= asked


def test_a_decided_deviation_by_one_person_is_flagged_until_a_second_reviews_it(
    database: Database, context: Context
) -> None:
    dossier_id = new_dossier(database, context)
    with database.sessions.begin() as session:
        precedents.save_factors(
            session, context, dossier_id, TEST_FACTORS, frozenset({"eigen-aandeel"})
        )
        precedents.save_decision(session, context, dossier_id, Decision(OutcomeType.FULL))
        save_proposal(session, context, dossier_id, Proposal(deciders=("A. Behandelaar",)))
    assert "single-decider" in findings(database, context, dossier_id)
    with database.sessions.begin() as session:
        save_proposal(
            session, context, dossier_id, Proposal(deciders=("A. Behandelaar", "B. Collega"))
        )
    assert "single-decider" not in findings(database, context, dossier_id)


def test_a_failed_knock_out_is_named_once_with_its_label(
    database: Database, context: Context
) -> None:
    dossier_id = new_dossier(database, context)
    not_met = CriterionAnswer("H6", Answer.NOT_MET, "Geen dringende reden.")
    with database.sessions.begin() as session:
        found = assessments.load_assessment(session, context, dossier_id).assessment
        answered = replace(found, power="eigen-clausule", route="pw-58-8", answers={"H6": not_met})
        assessments.save_assessment(session, context, dossier_id, answered)
        check = load_check(session, context, dossier_id, Outcome.DEVIATE)
    (finding,) = [f for f in check.findings if f.id == "criteria-not-met"]
    assert finding.statement == (
        "Afwijken heeft geen wettelijke grondslag: aan het harde criterium H6 (Dringende "
        "redenen) is niet voldaan."
    )


def test_similar_deviations_count_decided_deviations_under_the_same_article(
    database: Database, context: Context
) -> None:
    for _ in range(3):
        decided(database, context, {"eigen-aandeel"}, Decision(OutcomeType.FULL))
    decided(database, context, {"groot-bedrag"}, Decision(OutcomeType.GENERIC))
    dossier_id = new_dossier(database, context)
    with database.sessions.begin() as session:
        assert similar_deviations(session, dossier_id) == 3
        precedents.save_factors(
            session, context, dossier_id, TEST_FACTORS, frozenset({"eigen-aandeel", "kinderen"})
        )
    assert "group-pattern" in findings(database, context, dossier_id, Outcome.DEVIATE)


def on_route(database: Database, context: Context, dossier_id: str, route: str) -> None:
    with database.sessions.begin() as session:
        state = assessments.load_assessment(session, context, dossier_id)
        assessments.save_assessment(
            session, context, dossier_id, replace(state.assessment, route=route)
        )


def test_the_chart_shows_this_dossier_among_decided_ones_of_its_route(
    database: Database, context: Context
) -> None:
    earlier = decided(
        database, context, {"eigen-aandeel"}, Decision(OutcomeType.FULL), route="pw-58-8"
    )
    with database.sessions.begin() as session:
        earlier_id = dossiers.find_by_reference(session, earlier)
    with database.sessions.begin() as session:  # a check stores its place on the chart
        chart_data(session, load_check(session, context, earlier_id))
    dossier_id = new_dossier(database, context)
    on_route(database, context, dossier_id, "pw-58-8")
    with database.sessions.begin() as session:
        data = chart_data(session, load_check(session, context, dossier_id))
    assert data.route == "pw-58-8"
    assert [(p.id, p.deviated, p.current) for p in data.points] == [
        (earlier, True, False),
        (data.points[1].id, None, True),
    ]
    current = data.current
    assert current is not None and 0 <= current.x <= 1 and 0 <= current.y <= 1
