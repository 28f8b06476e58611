"""Export and import through the services: audit, search, all-or-nothing, no overwrite."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from audit_counts import other_rows, successful_acts
from backends import Databases
from sqlalchemy import func, select, update

from maatwerkdesk.domain.dossier import DossierFields, Subject, TimelineEntry
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.exchange import document_to_json
from maatwerkdesk.domain.vocabulary import TimelineKind
from maatwerkdesk.infra.attachment_store import AttachmentStore
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.persistence.models import AuditRow, DossierRow
from maatwerkdesk.services import attachments, dossiers, exchange
from maatwerkdesk.services.audit import Action, trail
from maatwerkdesk.services.context import Context


@pytest.fixture
def other(databases: Databases):
    db = open_database(databases.fresh("other"))
    yield db
    db.close()


def make_dossier(database: Database, context: Context, store: AttachmentStore | None) -> str:
    with database.sessions.begin() as session:
        record = dossiers.create_dossier(
            session,
            context,
            DossierFields(
                title="Woningsluiting na vondst hennepkwekerij",
                knelpunt="Drie kinderen; één gaat naar school in Zwolle.",
                subject=Subject(name="Zoë Öztürk", bsn="999990019"),
            ),
        )
        dossiers.add_timeline_entry(
            session,
            context,
            record.id,
            TimelineEntry(date(2026, 5, 1), TimelineKind.HOME_VISIT, "Huisbezoek in Zwolle"),
        )
        dossiers.add_timeline_entry(
            session,
            context,
            record.id,
            TimelineEntry(date(2026, 5, 1), TimelineKind.NOTE, "Zelfde dag, tweede notitie"),
        )
    if store is not None:
        source = store.root.parent / "verklaring.txt"
        source.write_text("verklaring", "utf-8")
        with database.sessions.begin() as session:
            attachments.add_attachment(session, context, store, record.id, source, "Verklaring")
    return record.id


def export(database: Database, context: Context, dossier_id: str) -> dict[str, Any]:
    with database.sessions.begin() as session:
        return exchange.export_dossier(session, context, dossier_id)


def import_(database: Database, context: Context, *documents: tuple[str, object], **kw):
    with database.sessions.begin() as session:
        return exchange.import_documents(session, context, list(documents), **kw)


def content(database: Database) -> dict[str, list[str]]:
    """Every row of every table: to prove a failed import changed nothing at all. The audit
    trail counts only what was done: a refused attempt is recorded on purpose."""
    with database.engine.connect() as connection:
        return {**other_rows(connection), "audit_record": sorted(successful_acts(connection))}


def test_export_is_audited_as_an_export(database, context) -> None:
    dossier_id = make_dossier(database, context, None)
    document = export(database, context, dossier_id)
    assert document["dossiers"][0]["id"] == dossier_id
    with database.reads() as session:
        last = trail(session, dossier_id)[-1]
    assert (last.action, last.name) == (Action.EXPORT, "dossier.export_json")


def test_export_then_import_elsewhere_gives_the_same_dossier(
    database, other, context, tmp_path
) -> None:
    store = AttachmentStore(tmp_path / "bijlagen", bytes(32))
    dossier_id = make_dossier(database, context, store)
    first = export(database, context, dossier_id)
    report = import_(other, context, ("a.json", first), store=store)
    assert report.references == (first["dossiers"][0]["reference"],)
    assert (report.files, report.timeline_entries, report.attachments) == (1, 2, 1)
    assert report.attachments_without_file == 0
    second = export(other, context, dossier_id)
    assert second["dossiers"] == first["dossiers"]
    with other.reads() as session:
        entries = trail(session, dossier_id)
        assert [(e.action, e.name) for e in entries] == [
            (Action.CREATE, "dossier.import"),
            (Action.EXPORT, "dossier.export_json"),
        ]
        assert dossiers.count_dossiers(session, dossiers.DossierQuery(text="zwolle")) == 1
        assert dossiers.count_dossiers(session, dossiers.DossierQuery(text="zoe oztu")) == 1
        row = session.get(DossierRow, dossier_id)
        assert row.revision == 1 and row.subject.bsn == "999990019"


def test_attachments_without_their_file_are_counted(database, other, context, tmp_path) -> None:
    store = AttachmentStore(tmp_path / "bijlagen", bytes(32))
    dossier_id = make_dossier(database, context, store)
    document = export(database, context, dossier_id)
    report = import_(
        other, context, ("a.json", document), store=AttachmentStore(tmp_path / "x", bytes(32))
    )
    assert report.attachments_without_file == 1


def test_an_imported_dossier_can_be_edited_and_references_continue(other, context) -> None:
    document = {
        "format": "maatwerkdesk/1",
        "exported_at": "2026-11-01T00:00:00Z",
        "dossiers": [
            {
                "id": "00000000-0000-4000-8000-000000000001",
                "reference": "MW-2026-99999",
                "created_at": "2026-11-01T00:00:00Z",
                "updated_at": "2026-11-01T00:00:00Z",
                "fields": {"title": "Laatste nummer"},
            }
        ],
    }
    import_(other, context, ("a.json", document))
    with other.sessions.begin() as session:
        record = dossiers.open_dossier(session, context, "00000000-0000-4000-8000-000000000001")
        updated = dossiers.update_dossier(
            session, context, record.id, record.fields, expected_revision=1
        )
        created = dossiers.create_dossier(session, context, DossierFields(title="Nieuw"))
    assert updated.revision == 2
    assert created.reference == "MW-2026-100000"


def test_import_of_an_existing_id_is_refused_and_changes_nothing(database, context) -> None:
    dossier_id = make_dossier(database, context, None)
    document = export(database, context, dossier_id)
    document["dossiers"][0]["fields"]["title"] = "Overschreven?"
    before = content(database)
    with pytest.raises(ValidationError) as caught:
        import_(database, context, ("terug.json", document))
    message = caught.value.message
    assert message.startswith("terug.json: dossiers[0].id: ")
    assert document["dossiers"][0]["reference"] in message and "overschrijven" in message
    assert content(database) == before


def test_a_deleted_dossier_is_not_resurrected_by_import(database, context) -> None:
    dossier_id = make_dossier(database, context, None)
    document = export(database, context, dossier_id)
    with database.sessions.begin() as session:
        dossiers.delete_dossier(session, context, dossier_id)
    with pytest.raises(ValidationError, match="verwijderd"):
        import_(database, context, ("terug.json", document))


def test_a_reference_in_use_by_another_dossier_is_refused(database, other, context) -> None:
    document = export(database, context, make_dossier(database, context, None))
    make_dossier(other, context, None)  # gets the same reference, MW-2026-00001
    document["dossiers"][0]["timeline"] = []
    with pytest.raises(ValidationError) as caught:
        import_(other, context, ("a.json", document))
    assert caught.value.field == "dossiers[0].reference"
    assert "MW-2026-00001" in caught.value.message and "a.json" in caught.value.message


def test_a_timeline_id_that_exists_elsewhere_is_refused(database, other, context) -> None:
    document = export(database, context, make_dossier(database, context, None))
    import_(other, context, ("a.json", document))
    copy_ = copy.deepcopy(document)
    copy_["dossiers"][0]["id"] = "00000000-0000-4000-8000-000000000009"
    copy_["dossiers"][0]["reference"] = "MW-2026-00777"
    with pytest.raises(ValidationError) as caught:
        import_(other, context, ("b.json", copy_))
    assert caught.value.field == "dossiers[0].timeline[0].id"
    assert caught.value.message.startswith("b.json: dossiers[0].timeline[0].id: ")


def test_the_same_dossier_in_two_files_is_refused(database, other, context) -> None:
    document = export(database, context, make_dossier(database, context, None))
    with pytest.raises(ValidationError) as caught:
        import_(other, context, ("a.json", document), ("b.json", copy.deepcopy(document)))
    assert caught.value.message.startswith("b.json: dossiers[0].id: ")
    assert "a.json: dossiers[0]" in caught.value.message


def test_one_bad_file_means_nothing_is_imported(database, other, context) -> None:
    good = export(database, context, make_dossier(database, context, None))
    bad = copy.deepcopy(good)
    bad["dossiers"][0]["id"] = "00000000-0000-4000-8000-000000000009"
    bad["dossiers"][0]["reference"] = "MW-2026-00777"
    bad["dossiers"][0]["timeline"] = []
    bad["dossiers"][0]["fields"]["subject"]["bsn"] = "123456789"
    before = content(other)
    with pytest.raises(ValidationError, match=r"^b\.json: dossiers\[0\]\.fields\.subject\.bsn"):
        import_(other, context, ("a.json", good), ("b.json", bad))
    assert content(other) == before


def test_a_failure_after_rows_were_added_rolls_everything_back(
    database, other, context, monkeypatch
) -> None:
    document = export(database, context, make_dossier(database, context, None))
    before = content(other)

    def broken(*args: object, **kwargs: object) -> None:
        raise DomainError("index kapot")

    monkeypatch.setattr(exchange.search, "add_to_index", broken)
    with pytest.raises(DomainError):
        import_(other, context, ("a.json", document))
    assert content(other) == before


def test_import_audit_counts_one_create_per_dossier(database, other, context) -> None:
    document = export(database, context, make_dossier(database, context, None))
    import_(other, context, ("a.json", document))
    with other.reads() as session:
        assert session.scalar(select(func.count()).select_from(AuditRow)) == 1


def test_read_import_file_refuses_oversized_files_before_reading(tmp_path, monkeypatch) -> None:
    path = tmp_path / "groot.json"
    path.write_bytes(b" " * 2048)
    opened: list[object] = []
    monkeypatch.setattr(Path, "open", lambda *a, **k: opened.append(a) or None)
    with pytest.raises(DomainError) as caught:
        exchange.read_import_file(path, limit=1024)
    assert str(caught.value).startswith(f"{path}: het bestand is te groot")
    assert opened == []


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: None, "bestaat niet"),
        (lambda p: p.mkdir(), "geen gewoon bestand"),
    ],
)
def test_read_import_file_names_the_file(tmp_path, make, words) -> None:
    path = tmp_path / "x.json"
    make(path)
    with pytest.raises(DomainError) as caught:
        exchange.read_import_file(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert words in str(caught.value)


def test_read_import_file_decodes(tmp_path) -> None:
    path = tmp_path / "ok.json"
    path.write_bytes(document_to_json({"a": "é"}))
    assert exchange.read_import_file(path) == (str(path), {"a": "é"})


def test_the_same_timeline_id_in_two_files_is_refused(database, other, context) -> None:
    document = export(database, context, make_dossier(database, context, None))
    second = copy.deepcopy(document)
    second["dossiers"][0]["id"] = "00000000-0000-4000-8000-000000000009"
    second["dossiers"][0]["reference"] = "MW-2026-00777"
    with pytest.raises(ValidationError) as caught:
        import_(other, context, ("a.json", document), ("b.json", second))
    assert caught.value.field == "dossiers[0].timeline[0].id"
    assert caught.value.message.startswith("b.json: dossiers[0].timeline[0].id: ")
    assert "a.json: dossiers[0].timeline[0].id" in caught.value.message


def counted(name: str, document: object, loads: list[str]) -> exchange.ImportSource:
    def load() -> object:
        loads.append(name)
        return copy.deepcopy(document)

    return exchange.ImportSource(name, load)


def renamed(document: dict[str, Any], number: int) -> dict[str, Any]:
    """The same dossier under its own id, reference and timeline ids."""
    changed = copy.deepcopy(document)
    dossier = changed["dossiers"][0]
    dossier["id"] = f"00000000-0000-4000-8000-{number:012d}"
    dossier["reference"] = f"MW-2026-{700 + number:05d}"
    for index, entry in enumerate(dossier["timeline"]):
        entry["id"] = f"00000000-0000-4000-9000-{number * 10 + index:012d}"
    return changed


def test_documents_are_read_in_turn_once_each_and_progress_is_told(
    database, other, context
) -> None:
    document = export(database, context, make_dossier(database, context, None))
    loads: list[str] = []
    told: list[tuple[str, int, int]] = []
    sources = [counted(f"{n}.json", renamed(document, n), loads) for n in range(1, 4)]
    with other.sessions.begin() as session:
        report = exchange.import_sources(
            session, context, sources, progress=lambda *a: told.append(a)
        )
    assert loads == ["1.json", "2.json", "3.json"]
    assert report.dossiers == 3 and report.files == 3
    assert told == [("Importeren", 1, 3), ("Importeren", 2, 3), ("Importeren", 3, 3)]


def test_a_refused_document_stops_the_import_before_the_rest_is_read(
    database, other, context
) -> None:
    """Documents are taken one at a time: an import of many files never holds them all,
    and stops at the first that is refused."""
    document = export(database, context, make_dossier(database, context, None))
    bad = renamed(document, 1)
    bad["dossiers"][0]["fields"]["subject"]["bsn"] = "123456789"
    loads: list[str] = []
    sources = [counted("1.json", bad, loads)]
    sources += [counted(f"{n}.json", renamed(document, n), loads) for n in range(2, 6)]
    before = content(other)
    refused = r"^1\.json: dossiers\[0\]\.fields\.subject\.bsn"
    with pytest.raises(ValidationError, match=refused), other.sessions.begin() as session:
        exchange.import_sources(session, context, sources)
    assert loads == ["1.json"]
    assert content(other) == before


def test_a_reference_stored_in_small_letters_still_blocks_its_capitals(
    database, other, context
) -> None:
    """References are looked up through their index; one written outside the program in
    small letters is found all the same."""
    document = export(database, context, make_dossier(database, context, None))
    reference = document["dossiers"][0]["reference"]
    make_dossier(other, context, None)
    with other.sessions.begin() as session:
        session.execute(
            update(DossierRow)
            .values(reference=reference.lower())
            .execution_options(synchronize_session=False)
        )
    imported = renamed(document, 1)
    imported["dossiers"][0]["reference"] = reference
    with pytest.raises(ValidationError) as caught:
        import_(other, context, ("a.json", imported))
    assert caught.value.field == "dossiers[0].reference"
    assert "al in gebruik door een ander dossier" in caught.value.message


def test_a_dossier_again_in_a_later_file_is_named_where_it_came_first(
    database, other, context
) -> None:
    """The earlier place is found through the audit trail of this import: the second
    dossier of the first file, not just 'an earlier file'."""
    document = export(database, context, make_dossier(database, context, None))
    first = renamed(document, 1)
    first["dossiers"].append(renamed(document, 2)["dossiers"][0])
    middle = renamed(document, 3)
    again = renamed(document, 2)
    again["dossiers"][0]["timeline"] = []
    with pytest.raises(ValidationError) as caught:
        import_(other, context, ("a.json", first), ("b.json", middle), ("c.json", again))
    assert caught.value.message.startswith("c.json: dossiers[0].id: ")
    assert "staat ook in a.json: dossiers[1];" in caught.value.message
    timeline = renamed(document, 4)
    timeline["dossiers"][0]["timeline"] = [first["dossiers"][1]["timeline"][1]]
    with pytest.raises(ValidationError) as caught:
        import_(other, context, ("a.json", first), ("d.json", timeline))
    assert caught.value.field == "dossiers[0].timeline[0].id"
    assert "ook gebruikt in a.json: dossiers[1].timeline[1].id" in caught.value.message
