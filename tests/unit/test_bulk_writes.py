"""Rows written many at a time (an import, the demo) are stored exactly as the ORM stores
them, and the audit trail they are recorded in stays one unbroken chain."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from maatwerkdesk.domain.dossier import DossierFields, Subject, TimelineEntry
from maatwerkdesk.domain.vocabulary import DossierStatus, Organisation, TimelineKind
from maatwerkdesk.persistence.base import new_ids
from maatwerkdesk.persistence.bulk import insert_records
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.mapping import (
    dossier_rows,
    insert_dossiers,
    read_record,
    write_fields,
)
from maatwerkdesk.persistence.models import AuditRow, DossierRow, TimelineEntryRow
from maatwerkdesk.services import audit
from maatwerkdesk.services.audit import Action, AuditBatch
from maatwerkdesk.services.context import Context

MOMENT = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)  # no microseconds: stored with six zeros
FIELDS = DossierFields(
    title="Terugvordering",
    status=DossierStatus.ANALYSE,
    owner="Anouk Verhoef",
    organisations=(Organisation.GEMEENTE,),
    knelpunt="Drie kinderen; één gaat naar school in Zwolle.",
    subject=Subject(name="Zoë Öztürk", bsn="999990019", date_of_birth=date(1980, 1, 2)),
)
TIMELINE = (
    TimelineEntry(
        date(2026, 3, 1), TimelineKind.NOTE, "Gesprek", id="eeeeeeee-0000-4000-8000-000000000000"
    ),
)
ORM_ID = "aaaaaaaa-0000-4000-8000-111111111111"
BULK_ID = "bbbbbbbb-0000-4000-8000-222222222222"


def stored(database: Database, table: str, key: str, value: str) -> dict[str, object]:
    """A row as the database holds it, every column but its own ids as the driver reads it
    (SQLite: the text in the file)."""
    with database.engine.connect() as connection:
        row = connection.execute(
            text(f'SELECT * FROM "{table}" WHERE {key} = :value'), {"value": value}
        ).one()
    own = ("id", "reference", "dossier_id")
    return {k: v for k, v in row._asdict().items() if k not in own}


def test_bulk_rows_are_stored_as_the_orm_stores_them(database: Database) -> None:
    """Timestamps with six decimals, dates, JSON and the revision: the same text, so
    sorting and comparing in SQL treats both alike."""
    with database.sessions.begin() as session:
        orm = DossierRow(id=ORM_ID, reference="MW-2026-00001", created_at=MOMENT, updated_at=MOMENT)
        write_fields(orm, FIELDS)
        session.add(orm)
        session.add(
            TimelineEntryRow(
                id="ffffffff-0000-4000-8000-000000000000",
                dossier_id=ORM_ID,
                occurred_on=TIMELINE[0].occurred_on,
                kind=TIMELINE[0].kind.value,
                description=TIMELINE[0].description,
                created_at=MOMENT,
                updated_at=MOMENT,
            )
        )
        session.flush()
        insert_dossiers(
            session,
            [
                dossier_rows(
                    id=BULK_ID,
                    reference="MW-2026-00002",
                    created_at=MOMENT,
                    updated_at=MOMENT,
                    fields=FIELDS,
                    timeline=TIMELINE,
                )
            ],
        )
    by_bulk = stored(database, "dossier", "id", BULK_ID)
    assert by_bulk == stored(database, "dossier", "id", ORM_ID)
    entry = stored(database, "timeline_entry", "dossier_id", BULK_ID)
    assert entry == stored(database, "timeline_entry", "dossier_id", ORM_ID)
    if database.is_sqlite:
        assert by_bulk["created_at"] == "2026-03-04 05:06:07.000000"
        assert entry["occurred_on"] == "2026-03-01"
    else:  # a moment with its zone
        assert by_bulk["created_at"] == MOMENT and by_bulk["created_at"].utcoffset() is not None
        assert entry["occurred_on"] == date(2026, 3, 1)
    with database.reads() as session:
        row = session.get(DossierRow, BULK_ID)
        assert row is not None and row.revision == 1 and row.deleted_at is None
        record = read_record(row)
    assert record.fields == FIELDS
    assert record.timeline == TIMELINE
    assert record.created_at == MOMENT


def test_columns_left_out_get_their_defaults_once_per_statement(database: Database) -> None:
    with database.sessions.begin() as session:
        insert_dossiers(
            session,
            [
                dossier_rows(
                    id=f"{n:08d}-0000-4000-8000-000000000000",
                    reference=f"MW-2026-{n:05d}",
                    created_at=MOMENT,
                    updated_at=MOMENT,
                    fields=FIELDS,
                )
                for n in (1, 2)
            ],
        )
        insert_records(
            session,
            TimelineEntryRow,
            [
                {
                    "dossier_id": f"{n:08d}-0000-4000-8000-000000000000",
                    "occurred_on": date(2026, 1, n),
                    "kind": "notitie",
                    "description": "x",
                }
                for n in (1, 2)
            ],
        )
    with database.reads() as session:
        rows = session.scalars(select(TimelineEntryRow)).all()
    assert len({r.id for r in rows}) == 2, "each row its own key"
    assert len({r.created_at for r in rows}) == 1, "written at one moment"
    assert {r.revision for r in rows} == {1} and {r.author for r in rows} == {""}


def test_a_batch_of_audit_records_continues_the_chain(database: Database, context: Context) -> None:
    with database.sessions.begin() as session:
        audit.record_listing(session, context)
        batch = AuditBatch(session, context)
        first = batch.head
        for n in range(5):
            batch.dossier_act(
                Action.CREATE, "dossier.import", f"{n:08d}-0000-4000-8000-000000000000"
            )
        assert batch.head[0] == first[0] + 5
        batch.write()
        audit.record_listing(session, context)  # a record after the batch chains onto it
        batch.dossier_act(Action.UPDATE, "decision.import", "0" * 8 + "-0000-4000-8000-" + "0" * 12)
        batch.write()  # and the batch goes on after that record
    with database.sessions() as session:
        report = audit.verify_trail(session)
        count = session.scalar(select(func.count()).select_from(AuditRow))
    assert report.broken is None and count == 8 and report.records == 8


def test_a_batch_rolled_back_leaves_no_record_and_the_head_where_it_was(
    database: Database, context: Context
) -> None:
    with database.sessions.begin() as session:
        audit.record_listing(session, context)
    try:
        with database.sessions.begin() as session:
            batch = AuditBatch(session, context)
            batch.dossier_act(
                Action.CREATE, "dossier.import", "0" * 8 + "-0000-4000-8000-" + "0" * 12
            )
            batch.write()
            raise RuntimeError("afgebroken")
    except RuntimeError:
        pass
    with database.sessions() as session:
        report = audit.verify_trail(session)
    assert report.broken is None and report.records == 1


def test_ids_made_many_at_once_are_random_version_4_uuids() -> None:
    ids = new_ids(5_000)
    assert len(set(ids)) == 5_000
    for made in ids:
        parsed = uuid.UUID(made)
        assert str(parsed) == made  # canonical: lower case, with hyphens
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
    assert {made[19] for made in ids} == set("89ab")


def test_a_row_without_a_value_that_has_no_default_is_refused_before_writing(
    database: Database,
) -> None:
    with database.sessions.begin() as session, pytest.raises(ValueError, match="description"):
        insert_records(
            session,
            TimelineEntryRow,
            [{"dossier_id": BULK_ID, "occurred_on": date(2026, 1, 1), "kind": "notitie"}],
        )


def test_a_duplicate_key_among_bulk_rows_is_an_integrity_error(database: Database) -> None:
    """What the services turn into a refusal (an import of a file that repeats a row):
    on a server too, where the rows go by COPY past SQLAlchemy's own execution."""
    with pytest.raises(IntegrityError), database.sessions.begin() as session:
        insert_dossiers(
            session,
            [
                dossier_rows(
                    id=ORM_ID,
                    reference="MW-2026-00001",
                    created_at=MOMENT,
                    updated_at=MOMENT,
                    fields=FIELDS,
                )
            ],
        )
        row = {
            "dossier_id": ORM_ID,
            "occurred_on": date(2026, 3, 1),
            "kind": "notitie",
            "description": "Gesprek",
            "author": "Anouk Verhoef",
            "id": BULK_ID,
        }
        insert_records(session, TimelineEntryRow, [row, dict(row)])
    with database.reads() as session:
        assert session.scalar(select(func.count()).select_from(TimelineEntryRow)) == 0
