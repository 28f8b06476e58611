"""The audit trail as a feed of colleagues' changes, woken by the database's change signal."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import text

from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.persistence.change_signal import (
    CHANNEL,
    DataVersionSignal,
    NotifySignal,
    PollSignal,
    change_signal,
)
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.changes import ChangeFeed
from maatwerkdesk.services.context import Context, acting_as
from maatwerkdesk.services.unit_of_work import reading, writing

BERT = Context(actor=acting_as("Bert Bakker", "bbakker"), origin="test")


@pytest.fixture
def feed(database: Database) -> Iterator[ChangeFeed]:
    watching = ChangeFeed(lambda: reading(database), change_signal(database))
    yield watching
    watching.close()


def test_sqlite_is_watched_through_its_data_version_a_server_by_notifications(
    database: Database,
) -> None:
    signal = change_signal(database)
    assert isinstance(signal, DataVersionSignal if database.is_sqlite else NotifySignal)
    signal.close()


def notify(database: Database) -> None:
    """What a commit that records a change sends (another program's, here)."""
    with database.engine.begin() as connection:
        connection.execute(text(f"NOTIFY {CHANNEL}"))


def listener_pid(signal: NotifySignal) -> int:
    return int(signal._listener.info.backend_pid)


@pytest.mark.postgresql_only
def test_a_server_wakes_its_listener_at_once_and_only_when_told(database: Database) -> None:
    signal = NotifySignal(database)
    try:
        drained = 0  # what setting the database up sent, however late it comes: looked at
        while signal.wait(0.3) and drained < 10:
            drained += 1
        started = time.monotonic()
        assert not signal.wait(0.3)
        assert time.monotonic() - started >= 0.25
        notify(database)
        started = time.monotonic()
        assert signal.wait(5.0)
        assert time.monotonic() - started < 0.5
        notify(database)
        notify(database)
        # Both on the listener's connection before it looks: the server hands each on when
        # its listening backend is next scheduled, which on a busy machine can come after a
        # look that was woken by the first.
        time.sleep(0.5)
        assert signal.wait(5.0)
        assert not signal.wait(0.3)  # both told before the look: one look reads them both
    finally:
        signal.close()


@pytest.mark.postgresql_only
def test_a_listener_whose_connection_broke_looks_and_listens_again(database: Database) -> None:
    signal = NotifySignal(database)
    try:
        with database.engine.begin() as connection:
            connection.execute(
                text("SELECT pg_terminate_backend(:pid)"), {"pid": listener_pid(signal)}
            )
        assert signal.wait(5.0)  # a notification may have been missed: look
        assert signal.wait(5.0)  # listening again: what was sent meanwhile was missed
        assert not signal.wait(0.3)
        notify(database)
        assert signal.wait(5.0)
    finally:
        signal.close()


@pytest.mark.postgresql_only
def test_a_listener_looks_anyway_now_and_then(database: Database) -> None:
    signal = NotifySignal(database, safety=0.2)
    try:
        started = time.monotonic()
        assert signal.wait(5.0)
        assert 0.15 < time.monotonic() - started < 1.0
    finally:
        signal.close()


def test_another_programs_change_arrives_with_who_and_what(
    database: Database, other: Database, feed: ChangeFeed
) -> None:
    assert feed.wait(0.3) == ()
    with writing(other) as session:
        dossier_id = dossiers.create_dossier(session, BERT, DossierFields(title="Nieuw")).id
    started = time.monotonic()
    (change,) = feed.wait(2.0)
    assert time.monotonic() - started < 2.0  # what colleagues see within 2 s
    assert (change.object_type, change.dossier_id, change.person) == (
        "dossier",
        dossier_id,
        "Bert Bakker",
    )
    assert feed.wait(0.3) == ()  # told once


def test_reads_are_recorded_but_are_no_change(
    database: Database, other: Database, feed: ChangeFeed
) -> None:
    with writing(other) as session:
        record = dossiers.create_dossier(session, BERT, DossierFields(title="Nieuw"))
    assert len(feed.wait(2.0)) == 1
    with writing(other) as session:  # an audited read writes a record: no change
        dossiers.open_dossier(session, BERT, record.id)
    assert feed.wait(0.6) == ()
    with writing(other) as session:
        dossiers.update_dossier(
            session, BERT, record.id, replace(record.fields, title="Anders"),
            expected_revision=record.revision,
        )  # fmt: skip
    assert [c.object_type for c in feed.wait(2.0)] == ["dossier"]


def test_a_server_is_looked_at_in_turns_until_closed() -> None:
    signal = PollSignal(interval=0.05)
    assert signal.wait(1.0)
    signal.close()
    started = time.monotonic()
    assert not signal.wait(1.0)
    assert time.monotonic() - started < 0.5
