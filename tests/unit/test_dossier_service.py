from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from maatwerkdesk.domain.dossier import DossierFields, Subject, TimelineEntry
from maatwerkdesk.domain.errors import (
    ConcurrentEditError,
    DomainError,
    NotFoundError,
    ValidationError,
)
from maatwerkdesk.domain.people import Role, User
from maatwerkdesk.domain.vocabulary import DossierStatus, TimelineKind
from maatwerkdesk.infra.attachment_store import MAX_ATTACHMENT_BYTES, AttachmentStore
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import AuditRow, DossierRow, DraftRow
from maatwerkdesk.services import attachments, dossiers, drafts
from maatwerkdesk.services.audit import Action, trail
from maatwerkdesk.services.context import Context


def create(database: Database, context: Context, **fields) -> str:
    fields.setdefault("title", "Dossier")
    with database.sessions.begin() as session:
        return dossiers.create_dossier(session, context, DossierFields(**fields)).id


def test_create_assigns_reference_uuid_revision_and_utc_timestamps(database, context) -> None:
    with database.sessions.begin() as session:
        first = dossiers.create_dossier(session, context, DossierFields(title="Eerste"))
        second = dossiers.create_dossier(session, context, DossierFields(title="Tweede"))
    assert (first.reference, second.reference) == ("MW-2026-00001", "MW-2026-00002")
    assert len(first.id) == 36 and first.revision == 1
    assert first.created_at.utcoffset().total_seconds() == 0


def test_update_bumps_revision_and_refuses_stale_revision(database, context) -> None:
    dossier_id = create(database, context, title="Oud")
    with database.sessions.begin() as session:
        record = dossiers.open_dossier(session, context, dossier_id)
        updated = dossiers.update_dossier(
            session, context, dossier_id, replace(record.fields, title="Nieuw"), expected_revision=1
        )
    assert updated.revision == 2 and updated.fields.title == "Nieuw"
    with database.sessions.begin() as session, pytest.raises(ConcurrentEditError):
        dossiers.update_dossier(session, context, dossier_id, record.fields, expected_revision=1)


def test_a_save_in_a_transaction_of_its_own_raises_the_revision_by_one(database, context) -> None:
    """As the editor saves: the dossier opened in one transaction, saved in the next."""
    dossier_id = create(database, context, title="Oud")
    with database.sessions.begin() as session:
        record = dossiers.open_dossier(session, context, dossier_id)
    subject = replace(record.fields.subject, name="Nieuwe naam")
    fields = replace(record.fields, title="Nieuw", subject=subject)
    with database.sessions.begin() as session:
        updated = dossiers.update_dossier(
            session, context, dossier_id, fields, expected_revision=record.revision
        )
    with database.reads() as session:
        stored = session.get(DossierRow, dossier_id)
        assert stored is not None and stored.revision == updated.revision == record.revision + 1
    assert updated.fields.subject.name == "Nieuwe naam"


def test_every_act_is_audited_in_its_own_transaction(database, context) -> None:
    dossier_id = create(database, context)
    with database.sessions.begin() as session:
        record = dossiers.open_dossier(session, context, dossier_id)
        dossiers.update_dossier(session, context, dossier_id, record.fields, expected_revision=1)
        dossiers.delete_dossier(session, context, dossier_id)
    with database.reads() as session:
        entries = trail(session, dossier_id)
    assert [(e.action, e.name) for e in entries] == [
        (Action.CREATE, "dossier.create"),
        (Action.READ, "dossier.open"),
        (Action.UPDATE, "dossier.update"),
        (Action.DELETE, "dossier.delete"),
    ]
    assert all(e.actor == "test-behandelaar" and e.origin == "test" for e in entries)


def test_a_failed_change_leaves_neither_data_nor_audit(database, context) -> None:
    dossier_id = create(database, context)
    with database.reads() as session:
        before = session.scalar(select(func.count()).select_from(AuditRow))
    with pytest.raises(ValidationError), database.sessions.begin() as session:
        record = dossiers.open_dossier(session, context, dossier_id)
        dossiers.update_dossier(
            session, context, dossier_id, replace(record.fields, title=""), expected_revision=1
        )
    with database.reads() as session:
        # Only the attempt is on record, not the open or the update.
        (attempt,) = session.scalars(select(AuditRow).offset(before)).all()
        assert (attempt.name, attempt.result) == ("dossiers.update_dossier", "invalid")
        assert session.get(DossierRow, dossier_id).revision == 1


def test_audit_holds_no_personal_data(database, context) -> None:
    create(database, context, title="x", subject=Subject(name="Zoë Geheim", bsn="111222333"))
    with database.reads() as session:
        rows = session.scalars(select(AuditRow)).all()
    dumped = " ".join(str(vars(r)) for r in rows)
    assert "Zoë" not in dumped and "111222333" not in dumped


def test_soft_delete_hides_the_dossier_but_keeps_the_tombstone(database, context) -> None:
    dossier_id = create(database, context, title="Weg ermee")
    with database.sessions.begin() as session:
        dossiers.delete_dossier(session, context, dossier_id)
    with database.reads() as session:
        assert dossiers.count_dossiers(session, dossiers.DossierQuery()) == 0
        assert dossiers.count_dossiers(session, dossiers.DossierQuery(text="ermee")) == 0
        assert session.get(DossierRow, dossier_id).deleted_at is not None
        with pytest.raises(NotFoundError):
            dossiers.open_dossier(session, context, dossier_id)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("belgie", 1),
        ("BELGIË", 1),
        ("een", 1),
        ("Zoe", 1),
        ("verhuiz", 1),
        ("knelpunt onbekend", 0),
    ],
)
def test_search_ignores_case_and_diacritics(database, context, query, expected) -> None:
    create(
        database,
        context,
        title="Verhuizing naar België",
        knelpunt="Eén melding niet verwerkt",
        subject=Subject(name="Zoë Jansen"),
    )
    create(database, context, title="Iets anders")
    with database.reads() as session:
        assert dossiers.count_dossiers(session, dossiers.DossierQuery(text=query)) == expected


def test_search_finds_the_deviation_clause_and_it_is_cleaned_like_the_article(
    database, context
) -> None:
    create(database, context, article="art. 58 lid 1", deviation_article="  art. 58 lid 8 ")
    with database.sessions.begin() as session:
        (found,) = dossiers.list_dossiers(session, dossiers.DossierQuery(text="lid 8"))
        record = dossiers.open_dossier(session, context, found.id)
    assert record.fields.deviation_article == "art. 58 lid 8"
    with pytest.raises(ValidationError) as caught:
        create(database, context, deviation_article="x" * 201)
    assert caught.value.field == "deviation_article"


def test_search_finds_timeline_text_and_survives_fts_syntax(database, context) -> None:
    dossier_id = create(database, context)
    with database.sessions.begin() as session:
        dossiers.add_timeline_entry(
            session,
            context,
            dossier_id,
            TimelineEntry(date(2026, 3, 1), TimelineKind.CONTACT, "Huisbezoek Ede"),
        )
    with database.reads() as session:
        assert dossiers.count_dossiers(session, dossiers.DossierQuery(text="huisbezoek")) == 1
        for hostile in ['"', "AND OR NOT", "*", "NEAR(", "-x", "title:x"]:
            dossiers.count_dossiers(session, dossiers.DossierQuery(text=hostile))


def test_list_filters_sorts_and_pages(database, context) -> None:
    for number in range(25):
        create(
            database,
            context,
            title=f"Dossier {number:02d}",
            owner="Piet" if number % 2 else "Anna",
            status=DossierStatus.ANALYSE if number < 5 else DossierStatus.INTAKE,
        )
    with database.reads() as session:
        query = dossiers.DossierQuery(sort=dossiers.SortKey.TITLE, descending=False)
        page = dossiers.list_dossiers(session, query, offset=10, limit=5)
        assert [r.title for r in page] == [f"Dossier {n:02d}" for n in range(10, 15)]
        analyse = dossiers.DossierQuery(status=DossierStatus.ANALYSE)
        assert dossiers.count_dossiers(session, analyse) == 5
        assert dossiers.count_dossiers(session, dossiers.DossierQuery(owner="Piet")) == 12
        assert dossiers.owners(session) == ["Anna", "Piet"]


def test_owners_are_those_of_live_dossiers_each_once(database, context) -> None:
    kept = [create(database, context, owner=owner) for owner in ("Piet", "Anna", "Piet", "")]
    gone = [create(database, context, owner=owner) for owner in ("Karel", "Anna")]
    with database.sessions.begin() as session:
        for dossier_id in [*gone, kept[0]]:
            dossiers.delete_dossier(session, context, dossier_id)
    with database.reads() as session:
        assert dossiers.owners(session) == ["Anna", "Piet"]


def test_find_by_reference(database, context) -> None:
    dossier_id = create(database, context)
    with database.reads() as session:
        assert dossiers.find_by_reference(session, " mw-2026-00001 ") == dossier_id
        with pytest.raises(NotFoundError):
            dossiers.find_by_reference(session, "MW-1999-00001")


def test_timeline_entries_add_and_remove(database, context) -> None:
    dossier_id = create(database, context)
    with database.sessions.begin() as session:
        record = dossiers.add_timeline_entry(
            session,
            context,
            dossier_id,
            TimelineEntry(date(2026, 5, 1), TimelineKind.LETTER_IN, "Bezwaar ontvangen"),
        )
        assert record.timeline[0].author == "test-behandelaar"
        record = dossiers.remove_timeline_entry(session, context, dossier_id, record.timeline[0].id)
        assert record.timeline == ()


def test_attachments_are_stored_under_their_hash_never_their_name(
    database, context, tmp_path: Path
) -> None:
    dossier_id = create(database, context)
    store = AttachmentStore(tmp_path / "bijlagen", bytes(32))
    hostile = tmp_path / "..evil\u202etxt.pdf"
    hostile.write_bytes(b"%PDF-1.4 test")
    with database.sessions.begin() as session:
        record = attachments.add_attachment(session, context, store, dossier_id, hostile, "Brief")
        again = attachments.add_attachment(session, context, store, dossier_id, hostile)
    stored = [p for p in (tmp_path / "bijlagen").rglob("*") if p.is_file()]
    assert len(stored) == 1 and stored[0].name == record.attachments[0].sha256
    assert "\u202e" not in record.attachments[0].original_name
    assert len(again.attachments) == 2
    with database.sessions.begin() as session:
        attachments.open_attachment(
            session, context, store, dossier_id, record.attachments[0].id, tmp_path / "open.pdf"
        )
    assert (tmp_path / "open.pdf").read_bytes() == b"%PDF-1.4 test"
    assert b"%PDF" not in stored[0].read_bytes()  # encrypted at rest


def test_oversized_attachment_is_refused_before_copying(database, context, tmp_path: Path) -> None:
    dossier_id = create(database, context)
    big = tmp_path / "groot.bin"
    with big.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    store = AttachmentStore(tmp_path / "bijlagen", bytes(32))
    with pytest.raises(DomainError, match="te groot"), database.sessions.begin() as session:
        attachments.add_attachment(session, context, store, dossier_id, big)
    assert not any((tmp_path / "bijlagen").rglob("*")) if (tmp_path / "bijlagen").exists() else True


def test_drafts_keep_one_per_dossier(database, context) -> None:
    with database.sessions.begin() as session:
        drafts.save_draft(session, context, None, None, {"title": "nieuw"})
        drafts.save_draft(session, context, None, None, {"title": "nieuwer"})
        drafts.save_draft(session, context, "abc", 3, {"title": "bestaand"})
    with database.sessions.begin() as session:
        pending = drafts.pending_drafts(session, context)
        assert sorted(d.payload["title"] for d in pending) == ["bestaand", "nieuwer"]
        drafts.discard_draft(session, context, None)
    with database.reads() as session:
        assert [d.dossier_id for d in drafts.pending_drafts(session, context)] == ["abc"]


def test_drafts_are_the_unsaved_work_of_one_person(database, context) -> None:
    """On a shared database, one person's draft is never offered to, overwritten or
    thrown away by another; a draft from before drafts had owners is anyone's here."""
    anouk = replace(context, user=User("u-anouk", "Anouk Verhoef", (Role.CASEWORKER,)))
    bert = replace(context, user=User("u-bert", "Bert Bakker", (Role.CASEWORKER,)))
    with database.sessions.begin() as session:
        drafts.save_draft(session, anouk, "abc", 3, {"title": "van Anouk"})
        drafts.save_draft(session, bert, "abc", 4, {"title": "van Bert"})
        drafts.save_draft(session, anouk, "abc", 3, {"item": "x"}, kind=drafts.AGENDA_ITEM)
        drafts.discard_draft(session, bert, "abc", kind=drafts.AGENDA_ITEM)
        session.add(DraftRow(dossier_id="oud", base_revision=1, payload={"title": "oud"}))
    with database.sessions.begin() as session:
        assert [d.payload for d in drafts.pending_drafts(session, anouk)] == [
            {"title": "van Anouk"},
            {"title": "oud"},
        ]
        assert [d.base_revision for d in drafts.pending_drafts(session, bert)] == [4, 1]
        assert [
            d.payload for d in drafts.pending_drafts(session, anouk, kind=drafts.AGENDA_ITEM)
        ] == [{"item": "x"}]
        drafts.discard_draft(session, bert, "abc")
    with database.reads() as session:
        assert [d.payload["title"] for d in drafts.pending_drafts(session, anouk)] == [
            "van Anouk",
            "oud",
        ]


def test_search_finds_a_dossier_by_its_reference(database, context) -> None:
    create(database, context, title="Eerste")
    create(database, context, title="Tweede")
    with database.reads() as session:
        found = dossiers.list_dossiers(session, dossiers.DossierQuery(text="MW-2026-00002"))
    assert [r.title for r in found] == ["Tweede"]
