"""Importing precedents from elsewhere: catalogue checks, skip or refuse, all or nothing, audit."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from catalogue_samples import SMALL_FACTORS, variant
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.decision import OutcomeType
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.precedent_exchange import (
    ExchangedPrecedent,
    PrecedentDocument,
    precedents_to_json,
    read_precedent_document,
)
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import AuditRow, ImportedPrecedentRow
from maatwerkdesk.services import catalogues, precedent_import
from maatwerkdesk.services.context import Context
from tests.unit.test_precedent_exchange import NOW, ORIGIN, TODAY, sample_precedents


@pytest.fixture(autouse=True)
def installed(
    database: Database, context: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing shipped; the small test factor catalogue added to this database."""
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    monkeypatch.setattr(catalogues, "BUNDLED_DIR", shipped)
    with database.sessions.begin() as session:
        catalogues.add_catalogue(session, context, SMALL_FACTORS, "factoren.toml")


def as_document(
    precedents: list[ExchangedPrecedent], source: str = "elders.json", origin: str = ORIGIN
) -> PrecedentDocument:
    raw = precedents_to_json(origin, precedents, exported_at=NOW)
    return read_precedent_document(raw, source, today=TODAY, now=NOW)


def changed(index: int, **changes: object) -> list[ExchangedPrecedent]:
    precedents = sample_precedents()
    precedents[index] = dataclasses.replace(precedents[index], **changes)  # type: ignore[arg-type]
    return precedents


def rows(session: Session) -> list[ImportedPrecedentRow]:
    return list(
        session.scalars(select(ImportedPrecedentRow).order_by(ImportedPrecedentRow.reference))
    )


def precedent_audit(session: Session) -> list[AuditRow]:
    return list(session.scalars(select(AuditRow).where(AuditRow.object_type == "precedent")))


def import_(
    database: Database, context: Context, *documents: PrecedentDocument
) -> precedent_import.ImportReport:
    with database.sessions.begin() as session:
        return precedent_import.import_precedents(session, context, *documents)


def refused(database: Database, context: Context, *documents: PrecedentDocument) -> DomainError:
    """The error of an import that must fail, after checking that it wrote nothing."""
    with database.reads() as session:
        before = session.scalar(select(func.count()).select_from(ImportedPrecedentRow))
        audit_before = session.scalar(
            select(func.count()).select_from(AuditRow).where(AuditRow.result == "ok")
        )
    with pytest.raises(DomainError) as caught:
        import_(database, context, *documents)
    with database.reads() as session:
        assert session.scalar(select(func.count()).select_from(ImportedPrecedentRow)) == before
        assert (
            session.scalar(
                select(func.count()).select_from(AuditRow).where(AuditRow.result == "ok")
            )
            == audit_before
        )
    return caught.value


# --- importing ------------------------------------------------------------------------------


def test_precedents_are_stored_with_every_field(database: Database, context: Context) -> None:
    report = import_(database, context, as_document(sample_precedents()))
    assert report.files == 1
    assert report.imported == ("GV-2025-017", "GV-2025-018", "GV 2025/019.b")
    assert report.skipped == ()
    with database.reads() as session:
        stored = rows(session)
    assert [r.reference for r in stored] == ["GV 2025/019.b", "GV-2025-017", "GV-2025-018"]
    partial = stored[1]
    assert partial.origin == ORIGIN
    assert (partial.catalogue_id, partial.catalogue_version) == ("nl.test.factoren", "1.0")
    assert partial.route == "pw-58-8"
    assert partial.factors == ["eigen-aandeel", "groot-bedrag", "kinderen"]
    assert (partial.outcome, partial.outcome_type) == ("deviate", "partial")
    assert (partial.degree_unit, partial.degree_value) == ("percent", 50.0)
    assert partial.reason == ["eigen-aandeel"]
    assert partial.summary.startswith("Terugvordering bijstand;")
    assert partial.decided_on == date(2025, 5, 1)
    refusal = stored[2]
    assert (refusal.outcome, refusal.outcome_type, refusal.route) == ("generic", "refuse", None)
    assert (refusal.degree_unit, refusal.degree_value) == (None, None)
    assert refusal.reason == ["bewuste-schending", "eerder-maatwerk"]
    assert stored[0].revision == 1 and stored[0].deleted_at is None


def test_one_audit_record_per_import(database: Database, context: Context) -> None:
    import_(database, context, as_document(sample_precedents()))
    with database.reads() as session:
        (entry,) = precedent_audit(session)
        first = session.scalar(
            select(ImportedPrecedentRow).where(ImportedPrecedentRow.reference == "GV-2025-017")
        )
    assert first is not None
    assert (entry.action, entry.name, entry.object_type) == ("C", "precedent.import", "precedent")
    assert (entry.object_id, entry.dossier_id) == (first.id, None)
    assert (entry.actor, entry.origin) == (context.actor, context.origin)


def test_the_same_precedents_again_are_skipped(database: Database, context: Context) -> None:
    import_(database, context, as_document(sample_precedents()))
    reordered = changed(
        1,
        factors=("eerder-maatwerk", "bewuste-schending"),
        reason=("eerder-maatwerk", "bewuste-schending"),
    )
    report = import_(database, context, as_document(reordered, "nogmaals.json"))
    assert report.imported == ()
    assert report.skipped == ("GV-2025-017", "GV-2025-018", "GV 2025/019.b")
    with database.reads() as session:
        assert len(rows(session)) == 3
        assert len(precedent_audit(session)) == 1  # nothing added, nothing recorded


def test_new_precedents_are_added_next_to_those_present(
    database: Database, context: Context
) -> None:
    import_(database, context, as_document(sample_precedents()[:1]))
    report = import_(database, context, as_document(sample_precedents()))
    assert report.imported == ("GV-2025-018", "GV 2025/019.b")
    assert report.skipped == ("GV-2025-017",)
    with database.reads() as session:
        assert len(rows(session)) == 3 and len(precedent_audit(session)) == 2


def test_several_documents_in_one_import(database: Database, context: Context) -> None:
    first = as_document(sample_precedents()[:2], "a.json")
    second = as_document(sample_precedents()[1:], "b.json")
    report = import_(database, context, first, second)
    assert report.files == 2
    assert report.imported == ("GV-2025-017", "GV-2025-018", "GV 2025/019.b")
    assert report.skipped == ("GV-2025-018",)


@pytest.mark.parametrize(
    ("changes", "difference"),
    [
        ({"summary": "Een andere beschrijving."}, "summary"),
        ({"decided_on": date(2025, 5, 2)}, "decided_on"),
        ({"outcome_type": OutcomeType.FULL}, "outcome_type"),
        ({"degree": None}, "degree"),
        ({"catalogue": CatalogueRef("nl.test.factoren", "1.1")}, "catalogue.version"),
        ({"reference": "gv-2025-017"}, "reference"),
    ],
)
def test_a_changed_precedent_under_a_known_reference_is_refused(
    database: Database, context: Context, changes: dict[str, object], difference: str
) -> None:
    import_(database, context, as_document(sample_precedents()))
    with database.sessions.begin() as session:
        catalogues.add_catalogue(
            session, context, variant(SMALL_FACTORS, version='"1.1"'), "factoren-1.1.toml"
        )
    error = refused(database, context, as_document(changed(0, **changes), "gewijzigd.json"))
    assert isinstance(error, ValidationError)
    assert error.field == "precedents[0].reference"
    assert str(error).startswith("gewijzigd.json: precedents[0].reference: Kenmerk ")
    assert "in deze database al" in str(error)
    assert f"verschil in {difference})" in str(error)
    assert "nieuw kenmerk" in str(error)


def test_another_origin_is_other_content(database: Database, context: Context) -> None:
    import_(database, context, as_document(sample_precedents()))
    error = refused(database, context, as_document(sample_precedents(), origin="Elders"))
    assert "verschil in origin)" in str(error)


def test_a_changed_precedent_in_two_files_of_one_import_is_refused(
    database: Database, context: Context
) -> None:
    first = as_document(sample_precedents(), "a.json")
    second = as_document(changed(2, summary="Anders."), "b.json")
    error = refused(database, context, first, second)
    assert str(error).startswith("b.json: precedents[2].reference: Kenmerk GV 2025/019.b staat ")
    assert "in a.json (precedents[2])" in str(error)


def test_a_deleted_precedent_is_not_brought_back(database: Database, context: Context) -> None:
    import_(database, context, as_document(sample_precedents()))
    with database.sessions.begin() as session:
        rows(session)[0].deleted_at = NOW
    error = refused(database, context, as_document(sample_precedents()))
    assert "precedents[2].reference" in str(error) and "verwijderd" in str(error)


# --- against the catalogue ------------------------------------------------------------------


def test_an_unknown_catalogue_version_names_what_to_install(
    database: Database, context: Context
) -> None:
    document = as_document(changed(1, catalogue=CatalogueRef("nl.test.factoren", "2.0")))
    error = refused(database, context, document)
    assert str(error) == (
        "elders.json: precedents[1].catalogue: De factorcatalogus nl.test.factoren versie 2.0 "
        "is hier niet aanwezig. Voeg die versie toe met 'maatwerkdesk catalogue add'."
    )


def test_an_unknown_factor_is_named(database: Database, context: Context) -> None:
    document = as_document(changed(0, factors=("eigen-aandeel", "onbekend", "groot-bedrag")))
    error = refused(database, context, document)
    assert str(error).startswith(
        "elders.json: precedents[0].factors[1]: Factor 'onbekend' staat niet in "
        "factorcatalogus nl.test.factoren versie 1.0."
    )


def test_a_route_the_catalogue_does_not_serve_is_refused(
    database: Database, context: Context
) -> None:
    error = refused(database, context, as_document(changed(2, route="awb-4-84")))
    assert str(error).startswith("elders.json: precedents[2].route: Route 'awb-4-84' hoort niet")
    assert str(error).endswith("die is voor de routes pw-58-8.")


@pytest.mark.parametrize(
    ("index", "changes", "where"),
    [
        (0, {"reason": ("eigen-aandeel", "groot-bedrag")}, "reason[1]"),
        (1, {"outcome_type": OutcomeType.FULL}, "reason[0]"),
        (2, {"outcome_type": OutcomeType.GENERIC, "degree": None}, "reason[0]"),
    ],
)
def test_reason_factors_must_favour_the_outcome(
    database: Database, context: Context, index: int, changes: dict[str, object], where: str
) -> None:
    error = refused(database, context, as_document(changed(index, **changes)))
    assert str(error).startswith(f"elders.json: precedents[{index}].{where}: Factor '")
    assert "De reden noemt alleen factoren die voor de uitkomst pleiten." in str(error)


def test_reason_side_message(database: Database, context: Context) -> None:
    error = refused(database, context, as_document(changed(1, outcome_type=OutcomeType.FULL)))
    assert str(error) == (
        "elders.json: precedents[1].reason[0]: Factor 'bewuste-schending' (Bewuste schending "
        "inlichtingenplicht) pleit voor de algemene regel, maar uitkomst 'full' is afwijken. De reden noemt alleen "
        "factoren die voor de uitkomst pleiten."
    )


def test_all_or_nothing_across_records_and_files(database: Database, context: Context) -> None:
    good = as_document(sample_precedents()[:2], "goed.json")
    bad = as_document(changed(2, factors=("geen-verwijt", "bestaat-niet")), "fout.json")
    error = refused(database, context, good, bad)
    assert str(error).startswith("fout.json: precedents[2].factors[1]: ")
    with database.reads() as session:
        assert rows(session) == [] and precedent_audit(session) == []


# --- files ----------------------------------------------------------------------------------


def test_a_file_is_read_and_checked(tmp_path: Path) -> None:
    path = tmp_path / "elders.json"
    path.write_bytes(precedents_to_json(ORIGIN, sample_precedents()))
    document = precedent_import.read_precedent_file(path)
    assert document.source == str(path)
    assert list(document.precedents) == sample_precedents()
    path.write_bytes(b'{"format": "maatwerkdesk/1"}')
    with pytest.raises(ValidationError) as caught:
        precedent_import.read_precedent_file(path)
    assert str(caught.value).startswith(f"{path}: format: ")
    with pytest.raises(DomainError) as missing:
        precedent_import.read_precedent_file(tmp_path / "ontbreekt.json")
    assert str(missing.value).startswith(f"{tmp_path / 'ontbreekt.json'}: ")
