"""The precedent index: written with what binds in the same transaction, read by a starting
program from its pack and the rows changed since, and never trusted further than this
computer checked it. Every way round it is tried through the database itself."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from backends import TEST_KEY, sqlite_connection
from conference_team import (
    FACTORS,
    FACTORS_A,
    Team,
    deviate_status,
    plan,
    prepare,
    ship,
    signed_dossier,
    tamper,
)
from precedent_fixtures import TEST_ROUTE
from sqlalchemy import func, insert, select, text

from maatwerkdesk.domain.case_base import CaseQuery
from maatwerkdesk.domain.case_pack import encode
from maatwerkdesk.domain.precedent import Outcome, Status
from maatwerkdesk.infra import checked_cases
from maatwerkdesk.persistence import cipher
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.persistence.models import case_index, case_index_pack, change_counter
from maatwerkdesk.services import catalogues, signed, signing
from maatwerkdesk.services.case_base_store import case_base, forget_loaded, pack_case_base
from maatwerkdesk.services.integrity import resolve


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    ship(tmp_path, monkeypatch)
    checked_cases.remember_in(None)
    forget_loaded()
    yield
    forget_loaded()


@pytest.fixture
def team(database: Database) -> Team:
    return Team(database)


def cold() -> None:
    """As a program that starts now: nothing held in memory."""
    forget_loaded()


def index_rows(database: Database) -> list[Any]:
    with database.engine.connect() as connection:
        return list(connection.execute(select(case_index).order_by(case_index.c.id)))


def sequence(database: Database) -> int:
    with database.engine.connect() as connection:
        return connection.execute(
            select(change_counter.c.value).where(change_counter.c.name == "case_index")
        ).scalar_one()


def held_base(team: Team):  # type: ignore[no-untyped-def]
    with team.database.reads() as session:
        catalogue = catalogues.known_catalogues(session).factors(FACTORS)
        return case_base(session, catalogue)


@pytest.fixture
def verifications(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many signatures were checked."""
    calls: list[int] = []
    original = signed.verify

    def counting(*args: Any) -> bool:
        calls.append(1)
        return original(*args)

    monkeypatch.setattr(signed, "verify", counting)
    return calls


# --- written with what binds ------------------------------------------------------------


def test_signing_writes_the_index_row_in_the_same_transaction(team: Team) -> None:
    dossier_id = signed_dossier(team)
    (row,) = index_rows(team.database)
    with team.database.engine.connect() as connection:
        content_hash = connection.execute(
            text("SELECT content_hash FROM signed_decision WHERE dossier_id = :d"),
            {"d": dossier_id},
        ).scalar_one()
    assert (row.source_key, row.catalogue_id, row.live, row.stale) == (
        f"s:{dossier_id}",
        FACTORS.id,
        True,
        False,
    )
    assert row.version == content_hash and row.factors == sorted(FACTORS_A)
    assert deviate_status(team) is Status.FORCED


def test_a_signature_that_is_rolled_back_leaves_no_index_row(team: Team) -> None:
    dossier_id = prepare(team)
    _meeting, item_id = plan(team, dossier_id)

    class AbortedError(Exception):
        pass

    with pytest.raises(AbortedError), team.database.sessions.begin() as session:
        signing.sign(session, team.context(team.chair), item_id)
        raise AbortedError
    assert index_rows(team.database) == []
    assert deviate_status(team) is Status.FREE


def test_a_factor_tick_changes_the_query_not_the_index(team: Team) -> None:
    signed_dossier(team)
    first = held_base(team)
    before = sequence(team.database)
    assert deviate_status(team) is Status.FORCED  # a new dossier, factors ticked and saved
    assert sequence(team.database) == before
    assert held_base(team) is first


def test_a_running_program_applies_only_the_rows_changed_since(
    team: Team, verifications: list[int]
) -> None:
    signed_dossier(team)
    first = held_base(team)
    assert len(first) == 1 and len(verifications) == 1
    signed_dossier(team, "Tweede terugvordering")
    second = held_base(team)
    assert len(second) == 2 and len(verifications) == 2  # the new one only
    assert len(first) == 1  # what was read before stays as it was


def test_a_starting_program_reads_the_pack_and_checks_nothing_it_checked_before(
    team: Team, tmp_path: Path, verifications: list[int]
) -> None:
    checked_cases.remember_in(tmp_path / "profiel")
    signed_dossier(team)
    signed_dossier(team, "Tweede terugvordering")
    assert len(held_base(team)) == 2 and len(verifications) == 2
    assert pack_case_base(team.database.engine, FACTORS.id)
    signed_dossier(team, "Derde terugvordering")
    checked_cases.remember_in(tmp_path / "profiel")  # a new program: only the files remain
    cold()
    assert len(held_base(team)) == 3
    assert len(verifications) == 3  # the third, once: the pack and the others were checked
    cold()
    assert len(held_base(team)) == 3 and len(verifications) == 3


def test_another_computer_checks_every_row_once_and_then_reads_the_pack(
    team: Team, tmp_path: Path, verifications: list[int]
) -> None:
    checked_cases.remember_in(tmp_path / "hier")
    signed_dossier(team)
    signed_dossier(team, "Tweede terugvordering")
    held_base(team)
    pack_case_base(team.database.engine, FACTORS.id)
    checked_cases.remember_in(tmp_path / "elders")
    cold()
    assert len(held_base(team)) == 2 and len(verifications) == 4
    # The pack held what it checked: it is taken as its own, not written again.
    assert not pack_case_base(team.database.engine, FACTORS.id)
    checked_cases.remember_in(tmp_path / "elders")
    cold()
    assert len(held_base(team)) == 2 and len(verifications) == 4


# --- tampering, through the database ----------------------------------------------------


def test_a_pack_written_without_a_case_is_not_taken_over(team: Team, tmp_path: Path) -> None:
    """Someone writes a pack of checked cases that leaves one out, to hide it."""
    first = signed_dossier(team)
    signed_dossier(team, "Tweede terugvordering")
    columns = held_base(team).columns
    with team.database.engine.begin() as connection:
        seq = connection.execute(select(func.max(case_index.c.seq))).scalar_one()
        hidden = encode(FACTORS.id, seq, columns.changed([], [f"s:{first}"]))
        connection.execute(
            insert(case_index_pack).values(catalogue_id=FACTORS.id, seq=seq, data=hidden)
        )
    checked_cases.remember_in(tmp_path / "elders")
    cold()
    assert len(held_base(team)) == 2
    assert pack_case_base(team.database.engine, FACTORS.id)  # its own, complete pack


@pytest.mark.parametrize("packed", [False, True], ids=["rows", "packed"])
@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE case_index SET factors = '[\"eigen-aandeel\"]', seq = seq + 100",
        "UPDATE case_index SET reason = '[]', reason_mode = 1, seq = seq + 100",
        "UPDATE case_index SET live = false, seq = seq + 100",
        "DELETE FROM case_index",
        "UPDATE case_index SET outcome_type = 'refuse', stale = false, seq = seq + 100",
    ],
    ids=["factors", "reason", "tombstone", "delete", "outcome"],
)
def test_a_changed_index_row_is_derived_again_from_what_was_signed(
    team: Team, statement: str, packed: bool
) -> None:
    signed_dossier(team)
    if packed:
        held_base(team)
        pack_case_base(team.database.engine, FACTORS.id)
    tamper(team.database, statement)
    for start in ("running", "cold"):
        if start == "cold":
            cold()
        report = held_base(team).assess(CaseQuery(FACTORS_A, TEST_ROUTE))
        assert [s.entry.precedent.factors for s in report.similar] == [FACTORS_A], start
        assert report.outcomes[Outcome.DEVIATE].status is Status.FORCED, start


def test_an_index_row_for_a_dossier_that_was_never_signed_binds_nothing(team: Team) -> None:
    signed_dossier(team)
    open_id = prepare(team, "Nooit ondertekend")
    row = index_rows(team.database)[0]
    values = {c: getattr(row, c) for c in row._fields if c != "id"}
    values.update(source_key=f"s:{open_id}", case_id="MW-VALS", seq=row.seq + 100)
    with team.database.engine.begin() as connection:
        connection.execute(insert(case_index).values(**values))
    cold()
    base = held_base(team)
    assert len(base) == 1 and "MW-VALS" not in base.assess(CaseQuery(FACTORS_A, TEST_ROUTE)).entries


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE signed_decision SET content = replace(content, 'CO-', 'XX-')",
        "UPDATE signed_decision SET signature = 'AAAA' || substr(signature, 5)",
        "UPDATE signing_key SET public_key = 'O2onvM62pC1io6jQKm8Nc2UyFXcd4kOmOsBIoYtZ2ik='",
        "UPDATE signing_key SET revoked_at = '2020-01-01 00:00:00.000000'",
        "DELETE FROM audit_record WHERE name = 'signing_key.register'",
    ],
    ids=["content", "signature", "public-key", "revoked-early", "registration"],
)
def test_a_changed_source_takes_the_case_out_of_a_running_program_too(
    team: Team, statement: str
) -> None:
    signed_dossier(team)
    assert len(held_base(team)) == 1
    tamper(team.database, statement)
    assert len(held_base(team)) == 0
    assert deviate_status(team) is Status.FREE
    cold()
    assert len(held_base(team)) == 0


def test_a_pack_changed_outside_the_program_is_not_believed(team: Team) -> None:
    signed_dossier(team)
    held_base(team)
    pack_case_base(team.database.engine, FACTORS.id)
    with team.database.engine.begin() as connection:
        data = connection.execute(select(case_index_pack.c.data)).scalar_one()
        forged = data.replace(b"partial", b"refuse\x00")  # same length: a generic outcome
        connection.execute(case_index_pack.update().values(data=forged))
    cold()
    assert len(held_base(team)) == 1
    assert deviate_status(team) is Status.FORCED


@pytest.mark.sqlite_only
def test_a_database_put_back_from_a_copy_is_read_again_not_taken_from_memory(
    team: Team, tmp_path: Path
) -> None:
    """A running program that sees a lower sequence than it read has another database
    before it (a backup put back): it reads the index afresh instead of keeping cases the
    copy does not have."""
    signed_dossier(team)
    path, copy = Path(str(team.database.engine.url.database)), tmp_path / "kopie.sqlite3"
    with closing(sqlite_connection(path)) as source:
        cipher.copy_to(source, copy, TEST_KEY, cipher.salt_of(path))
    signed_dossier(team, "Tweede terugvordering")
    assert len(held_base(team)) == 2
    team.database.close()
    for leftover in (path.with_name(f"{path.name}-wal"), path.with_name(f"{path.name}-shm")):
        leftover.unlink(missing_ok=True)
    copy.replace(path)
    restored = open_database(path, key=TEST_KEY)
    try:
        with restored.reads() as session:
            catalogue = catalogues.known_catalogues(session).factors(FACTORS)
            assert len(case_base(session, catalogue)) == 1
    finally:
        restored.close()


def test_a_revoked_key_keeps_its_earlier_signatures_binding(team: Team) -> None:
    signed_dossier(team)
    before = sequence(team.database)
    team.give_key(team.chair)  # a new key: the old one is revoked now
    assert [r.stale for r in index_rows(team.database)] == [False]
    assert sequence(team.database) == before
    cold()
    assert deviate_status(team) is Status.FORCED


def test_a_voided_version_leaves_the_case_base_in_the_resolving_transaction(team: Team) -> None:
    dossier_id = signed_dossier(team)
    tamper(team.database, "UPDATE signed_decision SET content = replace(content, 'CO-', 'XX-')")
    team.run(team.admin, lambda s, c: resolve(s, c, dossier_id, "Versie ongeldig verklaard."))
    (row,) = index_rows(team.database)
    assert (row.live, row.stale) == (False, False)
    assert deviate_status(team) is Status.FREE


def test_the_index_triggers_are_in_place(database: Database) -> None:
    triggers = (
        "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        if database.is_sqlite
        else "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    )
    with database.engine.connect() as connection:
        names = set(connection.execute(text(triggers)).scalars())
        counted = connection.execute(select(func.count()).select_from(case_index)).scalar_one()
    assert counted == 0
    assert {n for n in names if n.startswith("case_index_")} == {
        "case_index_signed_insert",
        "case_index_signed_update",
        "case_index_signed_delete",
        "case_index_imported_update",
        "case_index_imported_delete",
        "case_index_key_changed",
        "case_index_key_revoked",
        "case_index_key_delete",
        "case_index_audit_update",
        "case_index_audit_delete",
        "case_index_kept",
    }
