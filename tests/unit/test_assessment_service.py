"""Storing assessments: validation, computed result, audit, version pinning, re-assessment."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from catalogue_samples import SMALL_CATALOGUE, next_version
from sqlalchemy import select

from maatwerkdesk.domain.assessment import (
    Answer,
    CriterionAnswer,
    EvidenceKind,
    EvidenceLink,
    GateAnswer,
    GateState,
)
from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.catalogue_loading import CatalogueError
from maatwerkdesk.domain.criteria_check import Applicability, GateStatus
from maatwerkdesk.domain.dossier import DossierFields, TimelineEntry
from maatwerkdesk.domain.errors import DomainError, NotFoundError, ValidationError
from maatwerkdesk.domain.vocabulary import TimelineKind
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import AssessmentRow, AuditRow, CatalogueFileRow
from maatwerkdesk.services import assessments, catalogues, dossiers
from maatwerkdesk.services.context import Context

V1 = CatalogueRef("nl.test.routes", "1.0")
V11 = CatalogueRef("nl.test.routes", "1.1")


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Ship only the small sample catalogue, as the default."""
    folder = tmp_path / "catalogues"
    folder.mkdir()
    (folder / "routes-1.0.toml").write_text(SMALL_CATALOGUE, encoding="utf-8")
    monkeypatch.setattr(catalogues, "BUNDLED_DIR", folder)
    monkeypatch.setattr(catalogues, "DEFAULT_CRITERIA_CATALOGUE", "nl.test.routes")
    return folder


def dossier(database: Database, context: Context) -> str:
    with database.sessions.begin() as session:
        fields = DossierFields(title="Terugvordering", regulation="Participatiewet", article="58")
        return dossiers.create_dossier(session, context, fields).id


def test_a_fresh_dossier_shows_an_unsaved_assessment_under_the_current_catalogue(
    database: Database, context: Context
) -> None:
    dossier_id = dossier(database, context)
    with database.sessions.begin() as session:
        state = assessments.load_assessment(session, context, dossier_id)
        assert session.scalar(select(AssessmentRow)) is None
    assert not state.saved
    assert state.assessment.catalogue == V1
    assert state.result.applicable is Applicability.UNDETERMINED
    assert state.suggestion is not None and state.suggestion.route == "pw-58-8"
    assert state.newer is None


def test_answers_and_result_are_stored_and_audited(database: Database, context: Context) -> None:
    dossier_id = dossier(database, context)
    with database.sessions.begin() as session:
        state = assessments.load_assessment(session, context, dossier_id)
        chosen = replace(
            state.assessment,
            power="eigen-clausule",
            route="pw-58-8",
            answers={"H6": CriterionAnswer("H6", Answer.MET, "  Fout van de gemeente.\x07 ")},
            gate={"bezwaar": GateAnswer("bezwaar", GateState.NOT_TRIED, "")},
        )
        saved = assessments.save_assessment(session, context, dossier_id, chosen)
    assert saved.saved
    assert saved.assessment.answer("H6").motivation == "Fout van de gemeente."
    assert saved.result.applicable is Applicability.YES
    assert saved.result.gate.status is GateStatus.NOT_SATISFIED
    with database.sessions.begin() as session:
        again = assessments.load_assessment(session, context, dossier_id)
        row = session.scalar(select(AssessmentRow))
        assert row is not None
        assert (row.applicable, row.gate_status, row.missing) == ("yes", "not_satisfied", ["H14"])
        names = session.scalars(select(AuditRow.name).where(AuditRow.object_type == "assessment"))
        assert list(names) == ["assessment.update"]
        stored = session.scalar(select(CatalogueFileRow))
        assert stored is not None and (stored.catalogue_id, stored.version) == (
            "nl.test.routes",
            "1.0",
        )
    assert again.assessment == saved.assessment


def test_saving_again_changes_only_what_changed(database: Database, context: Context) -> None:
    dossier_id = dossier(database, context)
    with database.sessions.begin() as session:
        state = assessments.load_assessment(session, context, dossier_id)
        first = replace(
            state.assessment,
            route="awb-4-84",
            answers={
                "H3": CriterionAnswer("H3", Answer.MET, "Ja."),
                "H5": CriterionAnswer("H5", Answer.MET, "Ja."),
            },
        )
        assessments.save_assessment(session, context, dossier_id, first)
    with database.sessions.begin() as session:
        second = replace(first, answers={"H3": CriterionAnswer("H3", Answer.MET, "Ja.")})
        assessments.save_assessment(session, context, dossier_id, second)
        row = session.scalar(select(AssessmentRow))
        assert row is not None
        revisions = {a.item_id: (a.revision, a.deleted_at is not None) for a in row.answers}
    assert revisions == {"H3": (1, False), "H5": (2, True)}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"power": "vrij"}, "power"),
        ({"route": "nergens"}, "route"),
        ({"answers": {"H99": CriterionAnswer("H99", Answer.MET)}}, "H99"),
        ({"answers": {"H3": CriterionAnswer("H5", Answer.MET)}}, "H3"),
        ({"answers": {"H6": CriterionAnswer("H6", notes=(("onbekend", "x"),))}}, "H6"),
        ({"gate": {"loterij": GateAnswer("loterij")}}, "loterij"),
        ({"answers": {"H3": CriterionAnswer("H3", motivation="x" * 100_001)}}, "H3"),
    ],
)
def test_invalid_assessments_are_refused(
    database: Database, context: Context, change: dict[str, object], field: str
) -> None:
    dossier_id = dossier(database, context)
    with pytest.raises(ValidationError) as caught, database.sessions.begin() as session:
        state = assessments.load_assessment(session, context, dossier_id)
        assessments.save_assessment(
            session, context, dossier_id, replace(state.assessment, **change)
        )
    assert caught.value.field == field
    with database.sessions.begin() as session:
        assert session.scalar(select(AssessmentRow)) is None


def test_evidence_must_be_this_dossiers_own(database: Database, context: Context) -> None:
    dossier_id = dossier(database, context)
    other_id = dossier(database, context)
    with database.sessions.begin() as session:
        own = dossiers.add_timeline_entry(
            session,
            context,
            dossier_id,
            TimelineEntry(date(2026, 3, 1), TimelineKind.CONTACT, "Belt."),
        ).timeline[0]
        foreign = dossiers.add_timeline_entry(
            session,
            context,
            other_id,
            TimelineEntry(date(2026, 3, 1), TimelineKind.CONTACT, "Ander."),
        ).timeline[0]
    link = EvidenceLink(EvidenceKind.TIMELINE, own.id)
    with database.sessions.begin() as session:
        state = assessments.load_assessment(session, context, dossier_id)
        answer = CriterionAnswer("H3", Answer.MET, "Zie contact.", (link, link))
        saved = assessments.save_assessment(
            session, context, dossier_id, replace(state.assessment, answers={"H3": answer})
        )
    assert saved.assessment.answer("H3").evidence == (link,)
    bad = CriterionAnswer("H3", Answer.MET, "", (EvidenceLink(EvidenceKind.TIMELINE, foreign.id),))
    with (
        pytest.raises(ValidationError, match="niet \\(meer\\) in dit dossier"),
        database.sessions.begin() as session,
    ):
        assessments.save_assessment(
            session, context, dossier_id, replace(state.assessment, answers={"H3": bad})
        )


def test_a_newer_version_is_offered_and_reassessment_carries_unchanged_answers(
    database: Database, context: Context, shipped: Path
) -> None:
    dossier_id = dossier(database, context)
    with database.sessions.begin() as session:
        state = assessments.load_assessment(session, context, dossier_id)
        assessments.save_assessment(
            session,
            context,
            dossier_id,
            replace(
                state.assessment,
                route="awb-4-84",
                answers={
                    "H3": CriterionAnswer("H3", Answer.MET, "Ja."),
                    "H5": CriterionAnswer("H5", Answer.MET, "Ja."),
                },
            ),
        )
    (shipped / "routes-1.1.toml").write_text(next_version(), encoding="utf-8")
    with database.sessions.begin() as session:
        state = assessments.load_assessment(session, context, dossier_id)
    assert state.assessment.catalogue == V1, "the dossier keeps its own version"
    assert state.newer == V11
    with database.sessions.begin() as session:
        moved_state, moved = assessments.reassess(session, context, dossier_id)
    assert moved.carried == ("H3",) and moved.reset == ("H5",)
    assert moved_state.assessment.catalogue == V11
    assert moved_state.result.blocking_unknowns == ("H5",)
    assert moved_state.newer is None
    with database.sessions.begin() as session:
        assert assessments.assessment_history(session, dossier_id) == [V1]
        assert session.scalar(select(AuditRow).where(AuditRow.name == "assessment.reassess"))
    with pytest.raises(DomainError, match="geen nieuwere"), database.sessions.begin() as session:
        assessments.reassess(session, context, dossier_id)


def test_a_version_not_yet_in_force_is_not_offered(
    database: Database, context: Context, shipped: Path
) -> None:
    (shipped / "routes-1.1.toml").write_text(
        next_version(valid_from="2027-01-01"), encoding="utf-8"
    )
    dossier_id = dossier(database, context)
    with database.sessions.begin() as session:
        state = assessments.load_assessment(session, context, dossier_id)
    assert state.assessment.catalogue == V1 and state.newer is None


def test_a_pinned_version_stays_readable_after_it_is_no_longer_shipped(
    database: Database, context: Context, shipped: Path
) -> None:
    dossier_id = dossier(database, context)
    with database.sessions.begin() as session:
        state = assessments.load_assessment(session, context, dossier_id)
        assessments.save_assessment(
            session, context, dossier_id, replace(state.assessment, route="escaleren")
        )
    (shipped / "routes-1.0.toml").unlink()
    (shipped / "routes-1.1.toml").write_text(next_version(), encoding="utf-8")
    with database.sessions.begin() as session:
        state = assessments.load_assessment(session, context, dossier_id)
    assert state.catalogue.ref == V1 and state.newer == V11
    assert state.result.applicable is Applicability.NO


def test_adding_a_catalogue(database: Database, context: Context) -> None:
    with database.sessions.begin() as session:
        catalogue, new = catalogues.add_catalogue(session, context, next_version(), "eigen.toml")
    assert new and catalogue.ref == V11
    with database.sessions.begin() as session:
        assert catalogues.current_criteria_catalogue(session, context.current_date()).ref == V11
        _, again = catalogues.add_catalogue(session, context, next_version(), "eigen.toml")
        assert not again
        stored = session.scalar(select(CatalogueFileRow))
        assert stored is not None and stored.origin == "added"
        assert session.scalar(select(AuditRow).where(AuditRow.name == "catalogue.add"))
    changed = next_version().replace("Testroutes", "Andere routes")
    with (
        pytest.raises(DomainError, match="hoger versienummer"),
        database.sessions.begin() as session,
    ):
        catalogues.add_catalogue(session, context, changed, "eigen.toml")
    with pytest.raises(CatalogueError), database.sessions.begin() as session:
        catalogues.add_catalogue(session, context, "kapot = [", "kapot.toml")


def test_a_dossier_can_be_assessed_by_the_law_of_an_earlier_day(
    database: Database, context: Context, shipped: Path
) -> None:
    (shipped / "routes-1.1.toml").write_text(next_version(), encoding="utf-8")  # from 1 June
    dossier_id = dossier(database, context)
    with database.sessions.begin() as session:
        today = assessments.load_assessment(session, context, dossier_id)
        then = assessments.load_assessment(session, context, dossier_id, as_of=date(2026, 3, 1))
    assert (today.catalogue.header.version, today.as_of) == ("1.1", None)
    assert (then.catalogue.header.version, then.as_of) == ("1.0", date(2026, 3, 1))
    with database.sessions.begin() as session:
        stored = assessments.save_assessment(session, context, dossier_id, then.assessment)
        again = assessments.load_assessment(session, context, dossier_id)  # pinned now
    assert stored.catalogue.header.version == again.catalogue.header.version == "1.0"
    assert again.newer is not None and again.newer.version == "1.1"  # today's law is offered
    with (
        pytest.raises(NotFoundError, match="Op 01-01-2025 gold nog geen versie"),
        database.sessions.begin() as session,
    ):
        assessments.load_assessment(
            session, context, dossier(database, context), as_of=date(2025, 1, 1)
        )


def test_no_catalogue_in_force_is_a_clear_error(database: Database, context: Context) -> None:
    dossier_id = dossier(database, context)
    early = Context(actor="x", origin="test", today=date(2025, 1, 1))
    with (
        pytest.raises(NotFoundError, match="die vandaag geldt"),
        database.sessions.begin() as session,
    ):
        assessments.load_assessment(session, early, dossier_id)


def test_an_added_catalogue_with_another_id_can_be_chosen_for_a_fresh_assessment(
    database: Database, context: Context
) -> None:
    other = SMALL_CATALOGUE.replace('id = "nl.test.routes"', 'id = "nl.gemeente-voorbeeld.routes"')
    dossier_id = dossier(database, context)
    with database.sessions.begin() as session:
        catalogues.add_catalogue(session, context, other, "gemeente.toml")
        default = assessments.load_assessment(session, context, dossier_id)
        chosen = assessments.load_assessment(
            session, context, dossier_id, catalogue_id="nl.gemeente-voorbeeld.routes"
        )
        assert [ref.id for ref in default.choices] == [
            "nl.gemeente-voorbeeld.routes",
            "nl.test.routes",
        ]
        assert default.assessment.catalogue == V1
        assert chosen.assessment.catalogue.id == "nl.gemeente-voorbeeld.routes"
        saved = assessments.save_assessment(
            session, context, dossier_id, replace(chosen.assessment, route="escaleren")
        )
        assert saved.choices == ()
    with database.sessions.begin() as session:
        again = assessments.load_assessment(session, context, dossier_id)
    assert again.assessment.catalogue.id == "nl.gemeente-voorbeeld.routes", "pinned once saved"
