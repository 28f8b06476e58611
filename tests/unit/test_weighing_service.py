"""Storing the proportionality check: round trip, computed result beside it, audit."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalogue_samples import ship_samples
from precedent_fixtures import new_dossier
from sqlalchemy import select

from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.proportionality import VerdictValue
from maatwerkdesk.domain.weighing import (
    Alternative,
    AlternativeRecord,
    AlternativeVerdict,
    DecisionNature,
    IntensityFactor,
    InterestHolder,
    InterestRecord,
    Level,
    StepAnswer,
    StepId,
    StepRecord,
    Weighing,
    Weight,
    weighing_from_parts,
    weighing_parts,
)
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import AuditRow, WeighingRow
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.weighing import load_weighing, save_weighing


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship_samples(tmp_path / "catalogues", monkeypatch)


FILLED = Weighing(
    nature=DecisionNature.BURDENING,
    aim="Terugvorderen wat ten onrechte is betaald.",
    steps={
        StepId.SUITABILITY: StepRecord(StepAnswer.YES, "Terugvordering herstelt het tekort."),
        StepId.NECESSITY: StepRecord(StepAnswer.NO, "Een betalingsregeling volstaat."),
    },
    alternatives={
        Alternative.PAYMENT_PLAN: AlternativeRecord(
            AlternativeVerdict.SERVES_AIM, "Aflossing binnen drie jaar."
        )
    },
    interests={InterestHolder.CHILDREN: InterestRecord(Weight.HEAVY, "Twee kinderen.")},
    intensity={IntensityFactor.FUNDAMENTAL_RIGHTS: Level.HIGH},
)


def test_a_fresh_dossier_has_an_empty_unsaved_weighing(
    database: Database, context: Context
) -> None:
    dossier_id = new_dossier(database, context)
    with database.sessions.begin() as session:
        state = load_weighing(session, dossier_id)
    assert not state.saved and state.weighing == Weighing()
    assert state.verdict.value is VerdictValue.UNCERTAIN


def test_saving_stores_answers_and_the_computed_verdict(
    database: Database, context: Context
) -> None:
    dossier_id = new_dossier(database, context)
    with database.sessions.begin() as session:
        saved = save_weighing(session, context, dossier_id, FILLED)
    assert saved.verdict.value is VerdictValue.DISPROPORTIONATE
    with database.sessions.begin() as session:
        state = load_weighing(session, dossier_id)
        row = session.scalar(select(WeighingRow))
        names = session.scalars(select(AuditRow.name)).all()
    assert state.saved and state.weighing == FILLED
    assert row is not None and row.verdict == "disproportionate"
    assert row.intensity_level == state.intensity.level.value
    assert "weighing.save" in names


def test_texts_are_cleaned_and_limited(database: Database, context: Context) -> None:
    dossier_id = new_dossier(database, context)
    with database.sessions.begin() as session:
        saved = save_weighing(session, context, dossier_id, Weighing(aim="  Doel\r\n "))
        assert saved.weighing.aim == "Doel"
        with pytest.raises(ValidationError):
            save_weighing(session, context, dossier_id, Weighing(aim="x" * 100_001))


def test_parts_round_trip_and_unknown_keys_are_left_out() -> None:
    parts = weighing_parts(FILLED)
    assert weighing_from_parts(**parts) == FILLED
    parts["steps"]["later_step"] = {"answer": "yes", "motivation": ""}
    parts["intensity"]["policy_room"] = "enormous"
    assert weighing_from_parts(**parts) == FILLED
