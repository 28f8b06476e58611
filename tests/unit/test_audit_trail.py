"""The audit trail is a hash chain that shows any record changed, deleted or inserted outside
the program, and it records what it used to miss: listings, previews and refused attempts."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from backends import past_the_audit_rule
from conference_team import Team, plan, prepare, ship
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from maatwerkdesk.domain.audit_chain import GENESIS, ChainedRecord, record_hash, verify_chain
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import AuditRow
from maatwerkdesk.services import audit, document_export, dossiers, signing


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship(tmp_path, monkeypatch)


@pytest.fixture
def team(database: Database) -> Team:
    return Team(database)


def verify(database: Database) -> audit.ChainReport:
    with database.sessions() as session:
        return audit.verify_trail(session)


def rows(database: Database) -> list[AuditRow]:
    with database.sessions() as session:
        return list(session.scalars(select(AuditRow).order_by(AuditRow.seq)))


def raw(database: Database, statement: str, **values: object) -> None:
    """Change the trail behind the program's back (and, on a server, past its rule)."""
    with database.engine.begin() as connection, past_the_audit_rule(connection):
        connection.execute(text(statement), values)


def test_an_untouched_trail_is_intact_and_numbered_without_gaps(team: Team) -> None:
    prepare(team)
    report = verify(team.database)
    written = rows(team.database)
    assert report.broken is None
    assert report.records == len(written) > 10
    assert [r.seq for r in written] == list(range(1, len(written) + 1))
    assert report.head == written[-1].hash
    assert written[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(written))


@pytest.mark.parametrize(
    ("change", "broken_at"),
    [
        ("UPDATE audit_record SET actor = 'iemand anders' WHERE seq = 5", 5),
        ("UPDATE audit_record SET result = 'ok', name = 'dossier.open' WHERE seq = 7", 7),
        ("UPDATE audit_record SET at = '2020-01-01 00:00:00.000000' WHERE seq = 3", 3),
        ("DELETE FROM audit_record WHERE seq = 6", 6),
        ("UPDATE audit_record SET seq = seq + 1000 WHERE seq >= 8", 8),
        ("DELETE FROM audit_record WHERE seq >= (SELECT max(seq) FROM audit_record) - 1", None),
    ],
)
def test_every_change_outside_the_program_breaks_the_chain_where_it_was_made(
    team: Team, change: str, broken_at: int | None
) -> None:
    prepare(team)
    last = len(rows(team.database))
    raw(team.database, change)
    report = verify(team.database)
    assert report.broken is not None
    assert report.broken.seq == (broken_at if broken_at is not None else last - 1)


def test_an_inserted_record_breaks_the_chain_even_with_a_recomputed_hash(team: Team) -> None:
    prepare(team)
    first = rows(team.database)[3]
    forged = ChainedRecord(
        seq=4,
        id="11111111-1111-1111-1111-111111111111",
        at=first.at,
        action="R",
        name="dossier.open",
        object_type="dossier",
        object_id="x",
        dossier_id=None,
        result="ok",
        origin="test",
        actor="indringer",
        digest=None,
        prev_hash=rows(team.database)[2].hash,
    )
    # Make room at 4 (in two steps: SQLite checks the unique sequence row by row).
    raw(team.database, "UPDATE audit_record SET seq = -(seq + 1) WHERE seq >= 4")
    raw(team.database, "UPDATE audit_record SET seq = -seq WHERE seq < 0")
    raw(
        team.database,
        "INSERT INTO audit_record (id, created_at, updated_at, revision, seq, at, action, name, "
        "object_type, object_id, dossier_id, result, origin, actor, prev_hash, hash) VALUES "
        "(:id, :at, :at, 1, 4, :at, 'R', 'dossier.open', 'dossier', 'x', NULL, 'ok', 'test', "
        "'indringer', :prev, :hash)",
        id=forged.id,
        at=forged.at.replace(tzinfo=None),
        prev=forged.prev_hash,
        hash=record_hash(forged),
    )
    report = verify(team.database)
    assert report.broken is not None and report.broken.seq == 5  # the next one no longer fits


def test_refused_attempts_are_recorded_with_what_came_of_them(team: Team) -> None:
    dossier_id = prepare(team)
    _meeting, item_id = plan(team, dossier_id)
    with pytest.raises(DomainError):
        team.run(team.caseworker, lambda s, c: signing.sign(s, c, item_id))
    with pytest.raises(DomainError):
        team.run(
            team.reader,
            lambda s, c: dossiers.create_dossier(s, c, DossierFields(title="Mag niet")),
        )

    def stale(session, context):  # type: ignore[no-untyped-def]
        record = dossiers.open_dossier(session, context, dossier_id)
        dossiers.update_dossier(
            session,
            context,
            dossier_id,
            replace(record.fields, status=DossierStatus.ANALYSE),
            expected_revision=record.revision - 1,
        )

    with pytest.raises(DomainError):
        team.run(team.caseworker, stale)
    with pytest.raises(DomainError):
        team.run(
            team.caseworker,
            lambda s, c: dossiers.create_dossier(s, c, DossierFields(title="")),
        )
    failed = [(r.name, r.result, r.dossier_id) for r in rows(team.database) if r.result != "ok"]
    assert failed == [
        ("signing.sign", "refused", None),
        ("dossiers.create_dossier", "refused", None),
        ("dossiers.update_dossier", "conflict", dossier_id),
        ("dossiers.create_dossier", "invalid", None),
    ]
    assert verify(team.database).broken is None


def test_listings_and_previews_are_recorded(team: Team) -> None:
    dossier_id = prepare(team)

    def look(session, context):  # type: ignore[no-untyped-def]
        audit.record_listing(session, context)
        document_export.record_preview(
            session, context, [dossier_id, dossier_id], document_export.PREVIEW_PDF
        )

    team.run(team.reader, look)
    recorded = [(r.action, r.name, r.dossier_id) for r in rows(team.database)[-2:]]
    assert recorded == [("R", "dossier.list", None), ("R", "dossier.preview_pdf", dossier_id)]


_moments = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)
_records = st.lists(
    st.tuples(_moments, st.sampled_from("CRUDE"), st.text(max_size=30)), min_size=1, max_size=12
)


@settings(max_examples=60, deadline=None)
@given(_records, st.data())
def test_any_single_changed_field_is_found_at_its_record(records, data) -> None:  # type: ignore[no-untyped-def]
    chain: list[tuple[ChainedRecord, str]] = []
    previous = GENESIS
    for seq, (at, action, actor) in enumerate(records, start=1):
        record = ChainedRecord(
            seq,
            f"id-{seq}",
            at,
            action,
            "n",
            "dossier",
            "o",
            None,
            "ok",
            "t",
            actor,
            None,
            previous,
        )
        previous = record_hash(record)
        chain.append((record, previous))
    assert verify_chain(chain).broken is None
    index = data.draw(st.integers(0, len(chain) - 1))
    record, stored = chain[index]
    changed = replace(record, actor=record.actor + "x")
    chain[index] = (changed, stored)
    broken = verify_chain(chain).broken
    assert broken is not None and broken.seq == index + 1
