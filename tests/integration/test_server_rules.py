"""The server refuses what a role may not do, even to a client that skips the program.

Each person of a team database set up with `server init` and `server add-user` connects
with plain psycopg as their own login (trusted on loopback) and tries every act in a
transaction that is rolled back afterwards. The outcome is a matrix of roles by acts,
printed, and kept word for word in docs/team-server.md. The audit trail is written by the
server's function only, chained exactly as `audit verify` checks it, and a change (not a
read) is notified to the program's other workstations.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import make_url
from sqlalchemy import text as sql_text
from team_logins import TeamDatabase

from maatwerkdesk.domain.audit_chain import ChainedRecord, record_hash
from maatwerkdesk.domain.lease import DossierAwayError
from maatwerkdesk.domain.people import Discipline, Role, User
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.db import open_database
from maatwerkdesk.persistence.models import (
    AgendaItemRow,
    AssessmentRow,
    AuditRow,
    DecisionRow,
    DossierGroupRow,
    DossierRow,
    DraftRow,
    LeaseRow,
    LoketSharingRow,
    MeetingMemberRow,
    MeetingRow,
    ProposalRow,
    SignedDecisionRow,
    SigningKeyRow,
    UserRow,
)
from maatwerkdesk.persistence.server import CHANGES_CHANNEL, write_audit
from maatwerkdesk.services import audit
from maatwerkdesk.services.unit_of_work import writing

DOCS = Path(__file__).parents[2] / "docs" / "team-server.md"
OWNER = "eigenaar"
"""The matrix's row for the database's owner (the test server's administrator)."""


@dataclass(frozen=True)
class Place:
    """What the acts are tried on: ids of rows the owner wrote."""

    open_dossier: str
    open_item: str
    signed_dossier: str
    own_dossier: str
    """Proposed by the chair: four eyes keep the chair from signing it."""
    own_item: str
    chair_key: str
    pending_key: str
    others_draft: str
    other: str
    """A person without a login: whose advice or draft is someone else's."""


@dataclass(frozen=True)
class Person:
    label: str
    login: str
    user_id: str


Act = Callable[[psycopg.Cursor[Any], Place, str], bool]
"""Try an act as `me` (a user id); whether it took effect (an UPDATE that row-level
security hides from the login changes no row: it did not)."""

NEW = "gen_random_uuid()::text, now(), now(), 1"
"""id, created_at, updated_at, revision"""


def _one(cursor: psycopg.Cursor[Any], statement: str, *values: object) -> bool:
    cursor.execute(statement, values)
    return cursor.rowcount == 1


def _count(cursor: psycopg.Cursor[Any], statement: str, *values: object) -> bool:
    cursor.execute(statement, values)
    row = cursor.fetchone()
    return row is not None and row[0] > 0


def _sign(cursor: psycopg.Cursor[Any], dossier: str, item: str, me: str, key: str) -> bool:
    return _one(
        cursor,
        "INSERT INTO signed_decision (id, created_at, updated_at, revision, dossier_id, "
        "version, agenda_item_id, kind, catalogue_id, signed_by, signed_at, content, "
        f"content_hash, signature, key_id) VALUES ({NEW}, %s, 1, %s, 'signed', 'c', %s, now(), "
        "'{}', repeat('a', 64), 'handtekening', %s)",
        dossier,
        item,
        me,
        key,
    )


def _join(cursor: psycopg.Cursor[Any], dossier: str) -> bool:
    return _one(
        cursor,
        "INSERT INTO group_member (id, created_at, updated_at, revision, group_id, dossier_id, "
        f"check_state, circumstances, checked_version) SELECT {NEW}, id, %s, 'open', '', 0 "
        "FROM dossier_group LIMIT 1",
        dossier,
    )


def _dismiss(cursor: psycopg.Cursor[Any], dossier: str, by: str) -> bool:
    return _one(
        cursor,
        "INSERT INTO intake_dismissal (id, created_at, updated_at, revision, dossier_id, "
        "signals, catalogue_id, catalogue_version, reason, dismissed_by, dismissed_on) "
        f"VALUES ({NEW}, %s, '[\"stapeling\"]', 'c', '1', 'Past.', %s, current_date)",
        dossier,
        by,
    )


def _advice(cursor: psycopg.Cursor[Any], item: str, user: str) -> bool:
    return _one(
        cursor,
        "INSERT INTO advice (id, created_at, updated_at, revision, agenda_item_id, user_id, "
        f"stance, text) VALUES ({NEW}, %s, %s, 'steunt', '')",
        item,
        user,
    )


ACTS: dict[str, Act] = {
    "read dossiers": lambda c, p, me: _count(c, "SELECT count(*) FROM dossier"),
    "create a dossier": lambda c, p, me: _one(
        c,
        "INSERT INTO dossier (id, created_at, updated_at, revision, reference, title, status, "
        "owner, organisations, regulation, article, generic_outcome, knelpunt, request, "
        f"notes, doenvermogen) VALUES ({NEW}, 'MW-2026-09999', 'Nieuw', 'intake', '', '[]', "
        "'', '', '', '', '', '', '{}')",
    ),
    "edit an open dossier": lambda c, p, me: _one(
        c, "UPDATE dossier SET notes = 'gewijzigd' WHERE id = %s", p.open_dossier
    ),
    "edit the facts of a signed decision": lambda c, p, me: _one(
        c, "UPDATE dossier SET title = 'Anders' WHERE id = %s", p.signed_dossier
    ),
    "change a signed decision": lambda c, p, me: _one(
        c, "UPDATE signed_decision SET content = '{}' WHERE dossier_id = %s", p.signed_dossier
    ),
    "remove a signed decision": lambda c, p, me: _one(
        c, "DELETE FROM signed_decision WHERE dossier_id = %s", p.signed_dossier
    ),
    "change the decision after signing": lambda c, p, me: _one(
        c, "UPDATE decision SET motivation = 'anders' WHERE dossier_id = %s", p.signed_dossier
    ),
    "plan a meeting": lambda c, p, me: _one(
        c,
        f"INSERT INTO meeting (id, created_at, updated_at, revision, reference, held_on, "
        f"location, chair_id, status) SELECT {NEW}, 'CO-2026-099', current_date, '', "
        "chair_id, 'gepland' FROM meeting LIMIT 1",
    ),
    "give own advice": lambda c, p, me: _advice(c, p.open_item, me),
    "give advice as someone else": lambda c, p, me: _advice(c, p.open_item, p.other),
    "sign as the meeting's chair": lambda c, p, me: _sign(
        c, p.open_dossier, p.open_item, me, p.chair_key
    ),
    "sign one's own proposal": lambda c, p, me: _sign(
        c, p.own_dossier, p.own_item, me, p.chair_key
    ),
    "register a signing key": lambda c, p, me: _one(
        c,
        "UPDATE signing_key SET status = 'registered', registered_by = %s, "
        "registered_at = now() WHERE key_id = %s",
        me,
        p.pending_key,
    ),
    "add a user": lambda c, p, me: _one(
        c,
        "INSERT INTO app_user (id, created_at, updated_at, revision, name, roles, active) "
        f"VALUES ({NEW}, 'Nieuwe Voorzitter', '[\"voorzitter\"]', true)",
    ),
    "read someone else's draft": lambda c, p, me: _count(
        c, "SELECT count(*) FROM draft WHERE id = %s", p.others_draft
    ),
    "record through the audit function": lambda c, p, me: _count(
        c,
        "SELECT maatwerkdesk_audit(%s::jsonb)",
        '[{"action": "R", "name": "dossier.list", "object_type": "query", "object_id": "", '
        '"dossier_id": null, "result": "ok", "origin": "psql", "actor": "iemand anders", '
        '"digest": null}]',
    ),
    "insert an audit record": lambda c, p, me: _one(
        c,
        "INSERT INTO audit_record (id, created_at, updated_at, revision, seq, at, action, "
        "name, object_type, object_id, result, origin, actor, prev_hash, hash) VALUES "
        f"({NEW}, 999999, now(), 'R', 'vals', 'query', '', 'ok', 'psql', 'iemand', "
        "repeat('0', 64), repeat('0', 64))",
    ),
    "change an audit record": lambda c, p, me: _one(
        c, "UPDATE audit_record SET actor = 'iemand anders' WHERE seq = 1"
    ),
    "remove an audit record": lambda c, p, me: _one(c, "DELETE FROM audit_record WHERE seq = 1"),
    "create a group": lambda c, p, me: _one(
        c,
        "INSERT INTO dossier_group (id, created_at, updated_at, revision, reference, title, "
        "regulation, article, pattern, motivation, decision_version) VALUES "
        f"({NEW}, 'GR-2026-0099', 'Groep', '', '', '', '', 0)",
    ),
    "add a dossier to a group": lambda c, p, me: _join(c, p.open_dossier),
    "add a signed dossier to a group": lambda c, p, me: _join(c, p.signed_dossier),
    "dismiss a dossier's signals": lambda c, p, me: _dismiss(c, p.open_dossier, me),
    "dismiss signals as someone else": lambda c, p, me: _dismiss(c, p.open_dossier, p.other),
    "record a sharing": lambda c, p, me: _one(
        c,
        "INSERT INTO loket_sharing (id, created_at, updated_at, revision, dossier_id, "
        "organisation, groups, ground, provision, shared_on, shared_by) VALUES "
        f"({NEW}, %s, 'uwv', '[\"zaak\"]', 'e', 'Wet', current_date, %s)",
        p.open_dossier,
        me,
    ),
    "change a recorded sharing": lambda c, p, me: _one(
        c, "UPDATE loket_sharing SET ground = 'a' WHERE dossier_id = %s", p.open_dossier
    ),
    "remove a recorded sharing": lambda c, p, me: _one(
        c, "DELETE FROM loket_sharing WHERE dossier_id = %s", p.open_dossier
    ),
}

A, R = "allowed", "refused"
EXPECTED = {
    # behandelaar, voorzitter, lid, secretaris, lezer, functioneel beheerder, eigenaar
    "read dossiers": (A, A, A, A, A, A, A),
    "create a dossier": (A, R, R, R, R, R, A),
    "edit an open dossier": (A, R, R, R, R, R, A),
    "edit the facts of a signed decision": (R, R, R, R, R, A, A),
    "change a signed decision": (R, R, R, R, R, R, A),
    "remove a signed decision": (R, R, R, R, R, R, A),
    "change the decision after signing": (R, A, R, R, R, A, A),
    "plan a meeting": (R, A, R, A, R, R, A),
    "give own advice": (R, A, A, A, R, R, A),
    "give advice as someone else": (R, A, R, A, R, R, A),
    "sign as the meeting's chair": (R, A, R, R, R, R, A),
    "sign one's own proposal": (R, R, R, R, R, R, A),
    "register a signing key": (R, R, R, R, R, A, A),
    "add a user": (R, R, R, R, R, R, A),
    "read someone else's draft": (R, R, R, R, R, R, A),
    "record through the audit function": (A, A, A, A, A, A, A),
    "insert an audit record": (R, R, R, R, R, R, A),
    "change an audit record": (R, R, R, R, R, R, R),
    "remove an audit record": (R, R, R, R, R, R, R),
    "create a group": (A, R, R, R, R, R, A),
    "add a dossier to a group": (A, R, R, R, R, R, A),
    "add a signed dossier to a group": (R, R, R, R, R, R, A),
    "dismiss a dossier's signals": (A, A, R, R, R, R, A),
    "dismiss signals as someone else": (R, R, R, R, R, R, A),
    "record a sharing": (A, R, R, R, R, R, A),
    "change a recorded sharing": (R, R, R, R, R, R, A),
    "remove a recorded sharing": (R, R, R, R, R, R, A),
}
ROLES = (
    Role.CASEWORKER,
    Role.CHAIR,
    Role.MEMBER,
    Role.SECRETARY,
    Role.READER,
    Role.ADMINISTRATOR,
)


def conninfo(team: TeamDatabase, login: str) -> str:
    url = make_url(team.owner_url)
    return f"host={url.host} port={url.port} dbname={team.name} user={login}"


def _users(team: TeamDatabase) -> dict[Role, User]:
    return {
        Role.CASEWORKER: team.add("Anouk Verhoef", Role.CASEWORKER),
        Role.CHAIR: team.add("Karel Voorzitter", Role.CHAIR),
        Role.MEMBER: team.add("Lotte Jurist", Role.MEMBER, Discipline.LEGAL),
        Role.SECRETARY: team.add("Sam Secretaris", Role.SECRETARY),
        Role.READER: team.add("Rik Lezer", Role.READER),
        Role.ADMINISTRATOR: team.add("Bea Beheer", Role.ADMINISTRATOR),
    }


def _dossier(reference: str, owner: str, status: str) -> DossierRow:
    return DossierRow(reference=reference, title=reference, status=status, owner=owner)


def _place(team: TeamDatabase, people: dict[Role, User]) -> Place:
    """A meeting chaired by the chair with two dossiers on its agenda (one the caseworker
    proposed, one the chair proposed), a signed dossier, the chair's registered and pending
    keys, and a draft and an audit record that are nobody's here; written as the owner."""
    caseworker, chair = people[Role.CASEWORKER], people[Role.CHAIR]
    database = open_database(team.owner_url)
    try:
        with database.sessions.begin() as session:
            other = UserRow(name="Olga Ander", roles=["lid"], discipline="beleid")
            rows = {
                "open": _dossier("MW-2026-00001", caseworker.name, "ter_bespreking"),
                "signed": _dossier("MW-2026-00002", caseworker.name, "besloten"),
                "own": _dossier("MW-2026-00003", chair.name, "ter_bespreking"),
            }
            session.add_all([other, *rows.values()])
            session.flush()
            meeting = MeetingRow(
                reference="CO-2026-001",
                held_on=utc_now().date(),
                chair_id=chair.id,
                status="gepland",
            )
            session.add(meeting)
            session.flush()
            items = {
                key: AgendaItemRow(
                    meeting_id=meeting.id, dossier_id=rows[key].id, position=n, minutes=20
                )
                for n, key in enumerate(("open", "own"))
            }
            keys = [
                SigningKeyRow(
                    key_id="a" * 64, user_id=chair.id, public_key="k", status="registered"
                ),
                SigningKeyRow(key_id="b" * 64, user_id=chair.id, public_key="k", status="pending"),
            ]
            draft = DraftRow(dossier_id=rows["open"].id, payload={}, owner_id=other.id)
            session.add_all([*items.values(), *keys, draft])
            for member in (chair, people[Role.MEMBER]):
                session.add(MeetingMemberRow(meeting_id=meeting.id, user_id=member.id))
            session.add_all(
                [
                    ProposalRow(
                        dossier_id=rows[key].id,
                        zienswijze="unknown",
                        signal_kind="undecided",
                        proposed_by=proposer.id,
                    )
                    for key, proposer in (("open", caseworker), ("own", chair))
                ]
            )
            session.add(
                DecisionRow(dossier_id=rows["signed"].id, outcome="deviate", outcome_type="full")
            )
            session.add(
                SignedDecisionRow(
                    dossier_id=rows["signed"].id,
                    version=1,
                    kind="signed",
                    catalogue_id="c",
                    signed_by=chair.id,
                    signed_at=utc_now(),
                    content="{}",
                    content_hash="c" * 64,
                    signature="handtekening",
                    key_id="a" * 64,
                )
            )
            session.add(
                DossierGroupRow(reference="GR-2026-0001", title="Groep", pattern="Gedeeld knelpunt")
            )
            session.add(
                LoketSharingRow(
                    dossier_id=rows["open"].id,
                    organisation="uwv",
                    groups=["zaak"],
                    ground="e",
                    provision="Wet",
                    shared_on=utc_now().date(),
                    shared_by=caseworker.id,
                )
            )
            session.flush()
            write_audit(session, [_record("dossier.create", rows["open"].id)])
            return Place(
                rows["open"].id,
                items["open"].id,
                rows["signed"].id,
                rows["own"].id,
                items["own"].id,
                "a" * 64,
                "b" * 64,
                draft.id,
                other.id,
            )
    finally:
        database.close()


def _record(name: str, object_id: str, actor: str = "eigenaar") -> dict[str, Any]:
    return {
        "action": "C",
        "name": name,
        "object_type": "dossier",
        "object_id": object_id,
        "dossier_id": object_id,
        "result": "ok",
        "origin": "test",
        "actor": actor,
        "digest": None,
    }


def attempt(connection: psycopg.Connection[Any], act: Act, place: Place, me: str) -> str:
    try:
        with connection.transaction(force_rollback=True), connection.cursor() as cursor:
            return A if act(cursor, place, me) else R
    except errors.InsufficientPrivilege:
        return R


def markdown(matrix: dict[str, tuple[str, ...]], labels: tuple[str, ...]) -> str:
    """Roles as rows, acts as columns."""
    acts = list(matrix)
    lines = [
        "| role | " + " | ".join(acts) + " |",
        "|---|" + "---|" * len(acts),
    ]
    for column, label in enumerate(labels):
        lines.append(f"| {label} | " + " | ".join(matrix[act][column] for act in acts) + " |")
    return "\n".join(lines)


@pytest.fixture
def people(team_database: TeamDatabase) -> dict[Role, User]:
    return _users(team_database)


@pytest.fixture
def place(team_database: TeamDatabase, people: dict[Role, User]) -> Place:
    return _place(team_database, people)


def _people(team: TeamDatabase, people: dict[Role, User]) -> list[Person]:
    listed = [Person(role.label, team.logins[people[role].id], people[role].id) for role in ROLES]
    # The owner has no user record: it names someone else wherever an act names a person.
    return [*listed, Person(OWNER, make_url(team.owner_url).username or "", people[Role.CHAIR].id)]


def test_the_server_refuses_what_each_role_may_not_do(
    team_database: TeamDatabase, people: dict[Role, User], place: Place
) -> None:
    persons = _people(team_database, people)
    found: dict[str, tuple[str, ...]] = {}
    for act_name, act in ACTS.items():
        outcomes = []
        for person in persons:
            with psycopg.connect(conninfo(team_database, person.login)) as connection:
                outcomes.append(attempt(connection, act, place, person.user_id))
        found[act_name] = tuple(outcomes)
    table = markdown(found, tuple(p.label for p in persons))
    print(f"\nWhat the server allows each role, whatever client asks:\n\n{table}\n")
    assert found == EXPECTED
    assert table in DOCS.read_text(encoding="utf-8"), "docs/team-server.md shows another matrix"


def test_the_server_keeps_both_articles_of_a_signed_decision(
    team_database: TeamDatabase, people: dict[Role, User], place: Place
) -> None:
    """The generic rule's article and the deviation clause are facts a signed decision rests
    on: a caseworker changes them in an open dossier only, a functioneel beheerder (who
    resolves) in any, a chair in none."""
    outcomes = {}
    for role in (Role.CASEWORKER, Role.CHAIR, Role.ADMINISTRATOR):
        login = team_database.logins[people[role].id]
        with psycopg.connect(conninfo(team_database, login)) as connection:
            outcomes[role] = [
                _outcome(connection, (f"UPDATE dossier SET {column} = 'lid 9' WHERE id = %s", (d,)))
                for column in ("article", "deviation_article")
                for d in (place.signed_dossier, place.open_dossier)
            ]
    assert outcomes == {
        Role.CASEWORKER: [NO_RIGHTS, A, NO_RIGHTS, A],
        Role.CHAIR: [NO_RIGHTS, NO_RIGHTS, NO_RIGHTS, NO_RIGHTS],
        Role.ADMINISTRATOR: [A, A, A, A],
    }


def test_the_audit_function_takes_the_actor_from_the_login(
    team_database: TeamDatabase, people: dict[Role, User], place: Place
) -> None:
    """Whatever actor a role's client hands over, the record names the login's person."""
    for role in ROLES:
        user = people[role]
        login = team_database.logins[user.id]
        with psycopg.connect(conninfo(team_database, login)) as connection:
            seq = connection.execute(
                "SELECT maatwerkdesk_audit(%s::jsonb)",
                (
                    '[{"action": "R", "name": "dossier.open", "object_type": "dossier", '
                    '"object_id": "x", "result": "ok", "origin": "psql", "actor": "Bea Beheer"}]',
                ),
            ).fetchone()[0]
            actor = connection.execute(
                "SELECT actor FROM audit_record WHERE seq = %s", (seq,)
            ).fetchone()[0]
        assert actor == f"{user.name} (account {login})"


HOSTILE = [
    'aanhalings"tekens en \\backslashes\\',
    "regel\neinde\ttab\rterug\x01\x07\x1f\x7f",
    "Ééntje ß ŉ – ‘quote’ € 😀 \u2028 \u0085 日本",
    "{}[],:null",
]


def test_records_written_by_the_server_verify_whatever_they_hold(
    team_database: TeamDatabase, people: dict[Role, User], place: Place
) -> None:
    """The function's SHA-256 over compact JSON is `record_hash`'s, byte for byte."""
    caseworker = team_database.open_as(people[Role.CASEWORKER])
    with caseworker.sessions.begin() as session:
        write_audit(
            session,
            [
                {
                    **_record(text[:64], text[:36], actor=text),
                    "origin": text[:64],
                    "digest": text[:64],
                }
                for text in HOSTILE
            ],
        )
    owner = open_database(team_database.owner_url)
    try:
        with owner.sessions.begin() as session:  # the owner's own actor is taken as given
            write_audit(session, [_record(text[:64], text[:36], actor=text) for text in HOSTILE])
        with owner.reads() as session:
            report = audit.verify_trail(session)
            stored = session.query(AuditRow).order_by(AuditRow.seq).all()
    finally:
        owner.close()
    assert report.broken is None and report.records == len(stored)
    caseworkers, owners = stored[-2 * len(HOSTILE) : -len(HOSTILE)], stored[-len(HOSTILE) :]
    login = team_database.logins[people[Role.CASEWORKER].id]
    assert {row.actor for row in caseworkers} == {f"Anouk Verhoef (account {login})"}
    assert [row.actor for row in owners] == HOSTILE
    assert [row.origin for row in caseworkers] == [text[:64] for text in HOSTILE]
    for row in stored:
        fields = ChainedRecord(
            **{name: getattr(row, name) for name in ChainedRecord.__dataclass_fields__}
        )
        assert record_hash(fields) == row.hash


def test_every_change_is_notified_with_its_number_and_no_read(
    team_database: TeamDatabase, people: dict[Role, User], place: Place
) -> None:
    listener = psycopg.connect(
        conninfo(team_database, team_database.logins[people[Role.READER].id]), autocommit=True
    )
    try:
        listener.execute(f"LISTEN {CHANGES_CHANNEL}")
        caseworker = team_database.open_as(people[Role.CASEWORKER])
        with caseworker.sessions.begin() as session:
            read = {**_record("dossier.open", place.open_dossier), "action": "R"}
            first = write_audit(session, [_record("dossier.update", place.open_dossier), read])
            last = write_audit(session, [_record("dossier.update", place.open_dossier)])
        heard = [n.payload for n in listener.notifies(timeout=2, stop_after=2)]
    finally:
        listener.close()
    assert heard == [str(first - 1), str(last)]


def test_writers_queue_on_the_head_of_the_trail(
    team_database: TeamDatabase, people: dict[Role, User], place: Place
) -> None:
    """A transaction that recorded holds the head row's lock until it ends."""
    logins = [team_database.logins[people[role].id] for role in (Role.CASEWORKER, Role.READER)]
    first, second = (psycopg.connect(conninfo(team_database, login)) for login in logins)
    statement = "SELECT maatwerkdesk_audit(%s::jsonb)"
    record = (
        '[{"action": "R", "name": "dossier.list", "object_type": "query", '
        '"object_id": "", "result": "ok", "origin": "test"}]',
    )
    try:
        seq = first.execute(statement, record).fetchone()[0]  # its transaction stays open
        second.execute("SET lock_timeout = '200ms'")
        with pytest.raises(errors.LockNotAvailable):
            second.execute(statement, record)
        second.rollback()
        first.commit()
        assert second.execute(statement, record).fetchone()[0] == seq + 1
        second.commit()
    finally:
        first.close()
        second.close()


def test_a_sync_holds_the_trail_so_that_no_act_is_audited_meanwhile(
    team_database: TeamDatabase, people: dict[Role, User], place: Place
) -> None:
    """A caseworker's login may hold the head of the trail (a sync's push does, while it
    reads the trail), which it may not change; a chair's act waits until it commits."""
    logins = [team_database.logins[people[role].id] for role in (Role.CASEWORKER, Role.CHAIR)]
    pushing, chair = (psycopg.connect(conninfo(team_database, login)) for login in logins)
    record = (
        '[{"action": "U", "name": "lease.break", "object_type": "lease", '
        '"object_id": "", "result": "ok", "origin": "test"}]',
    )
    try:
        assert _outcome(pushing, ("UPDATE audit_head SET seq = seq", ())) == NO_RIGHTS
        seq = pushing.execute("SELECT maatwerkdesk_audit_hold()").fetchone()[0]
        chair.execute("SET lock_timeout = '200ms'")
        with pytest.raises(errors.LockNotAvailable):
            chair.execute("SELECT maatwerkdesk_audit(%s::jsonb)", record)
        chair.rollback()
        pushing.commit()
        assert chair.execute("SELECT maatwerkdesk_audit(%s::jsonb)", record).fetchone() == (
            seq + 1,
        )
        chair.commit()
    finally:
        pushing.close()
        chair.close()


def _lease(team: TeamDatabase, dossier_id: str, holder: str) -> str:
    database = open_database(team.owner_url)
    try:
        with database.sessions.begin() as session:
            row = LeaseRow(
                dossier_id=dossier_id,
                holder_id=holder,
                laptop="LT-07",
                until=utc_now() + timedelta(days=2),
            )
            session.add(row)
            session.flush()
            return row.id
    finally:
        database.close()


def _outcome(
    connection: psycopg.Connection[Any], *statements: tuple[str, tuple[object, ...]]
) -> str:
    """Run the statements in one transaction, rolled back: 'allowed' when each changed a
    row, else the SQLSTATE of the refusal (or 'no row')."""
    try:
        with connection.transaction(force_rollback=True), connection.cursor() as cursor:
            for statement, values in statements:
                cursor.execute(statement, values)
                if cursor.rowcount != 1:
                    return "no row"
            return A
    except psycopg.Error as error:
        return error.sqlstate or "?"


AWAY, NO_RIGHTS = "MW001", "42501"
EDIT_OPEN = "UPDATE dossier SET notes = 'gewijzigd' WHERE id = %s"


def test_a_leased_dossier_is_changed_by_its_holder_only(
    team_database: TeamDatabase, people: dict[Role, User], place: Place
) -> None:
    """A colleague's login cannot write the dossier or any of its parts, the holder can; a
    chair can break the lease (and then the colleague may write), nobody else can."""
    holder = people[Role.CASEWORKER]
    colleague = team_database.add("Bram Collega", Role.CASEWORKER)
    lease = _lease(team_database, place.open_dossier, holder.id)
    dossier = place.open_dossier
    parts = [
        (EDIT_OPEN, (dossier,)),
        ("UPDATE proposal SET citizen_text = 'anders' WHERE dossier_id = %s", (dossier,)),
        (
            "INSERT INTO timeline_entry (id, created_at, updated_at, revision, dossier_id, "
            f"occurred_on, kind, description, author) VALUES ({NEW}, %s, current_date, "
            "'contact', 'gebeld', 'iemand')",
            (dossier,),
        ),
        (
            "INSERT INTO loket_referral (id, created_at, updated_at, revision, dossier_id, "
            f"organisation, purpose, warm, status, proposed_on) VALUES ({NEW}, %s, 'lmm', "
            "'vastgelopen', true, 'voorgesteld', current_date)",
            (dossier,),
        ),
    ]
    break_it = "UPDATE lease SET broken_at = now(), broken_by = %s WHERE id = %s"

    def login(user: User) -> psycopg.Connection[Any]:
        return psycopg.connect(conninfo(team_database, team_database.logins[user.id]))

    with login(colleague) as connection:
        for statement in parts:
            assert _outcome(connection, statement) == AWAY, statement[0]
        assert _outcome(connection, (break_it, (colleague.id, lease))) == NO_RIGHTS
        assert (
            _outcome(connection, ("UPDATE lease SET returned_at = now() WHERE id = %s", (lease,)))
            == NO_RIGHTS
        )
        assert (
            _outcome(
                connection,
                (
                    "INSERT INTO lease (id, created_at, updated_at, revision, dossier_id, "
                    f"holder_id, laptop, until) VALUES ({NEW}, %s, %s, 'LT-08', now() + "
                    "interval '1 day')",
                    (place.signed_dossier, holder.id),
                ),
            )
            == NO_RIGHTS
        )
    with login(holder) as connection:
        for statement in parts:
            assert _outcome(connection, statement) == A, statement[0]
        assert _outcome(connection, (break_it, (holder.id, lease))) == A  # ending one's own
    for role in (Role.MEMBER, Role.SECRETARY, Role.READER, Role.ADMINISTRATOR):
        with login(people[role]) as connection:
            assert _outcome(connection, (break_it, (people[role].id, lease))) == NO_RIGHTS, role
    chair = people[Role.CHAIR]
    with login(chair) as connection:
        assert _outcome(connection, (break_it, (holder.id, lease))) == NO_RIGHTS  # as someone else
        assert _outcome(connection, (EDIT_OPEN, (dossier,))) in (AWAY, NO_RIGHTS)
        assert _outcome(connection, (break_it, (chair.id, lease))) == A
        connection.execute(break_it, (chair.id, lease))
        connection.commit()
    with login(colleague) as connection:
        for statement in parts:
            assert _outcome(connection, statement) == A, statement[0]


DISMISS = (
    "INSERT INTO intake_dismissal (id, created_at, updated_at, revision, dossier_id, signals, "
    "catalogue_id, catalogue_version, reason, dismissed_by, dismissed_on) VALUES "
    f"({NEW}, %s, '[]', 'c', '1', 'Past.', %s, current_date)"
)


def test_a_leased_dossiers_signals_are_dismissed_by_its_holder_only(
    team_database: TeamDatabase, people: dict[Role, User], place: Place
) -> None:
    """A dismissal is a part of its dossier: a colleague, or a chair, dismissing in their
    own name is told the dossier is away; the holder dismisses."""
    holder = people[Role.CASEWORKER]
    _lease(team_database, place.open_dossier, holder.id)
    colleague = team_database.add("Bram Collega", Role.CASEWORKER)
    for person in (colleague, people[Role.CHAIR], holder):
        login = team_database.logins[person.id]
        with psycopg.connect(conninfo(team_database, login)) as connection:
            outcome = _outcome(connection, (DISMISS, (place.open_dossier, person.id)))
        assert outcome == (A if person is holder else AWAY), person.name


def test_a_dismissals_reason_is_only_emptied_and_by_who_may_delete(
    team_database: TeamDatabase, people: dict[Role, User], place: Place
) -> None:
    """Deleting a dossier empties the reasons its signals were dismissed for; nobody
    rewrites a reason, or changes what else a dismissal says."""
    caseworker = people[Role.CASEWORKER]
    with psycopg.connect(conninfo(team_database, team_database.logins[caseworker.id])) as c:
        c.execute(DISMISS, (place.open_dossier, caseworker.id))
        c.commit()
    emptied = (
        "UPDATE intake_dismissal SET reason = '' WHERE dossier_id = %s",
        (place.open_dossier,),
    )
    rewritten = (
        "UPDATE intake_dismissal SET reason = 'Anders.' WHERE dossier_id = %s",
        (place.open_dossier,),
    )
    moved = (
        "UPDATE intake_dismissal SET dismissed_by = %s WHERE dossier_id = %s",
        (place.other, place.open_dossier),
    )
    for role in ROLES:
        login = team_database.logins[people[role].id]
        with psycopg.connect(conninfo(team_database, login)) as connection:
            assert _outcome(connection, emptied) == (A if role is Role.CASEWORKER else NO_RIGHTS), (
                role
            )
            assert _outcome(connection, rewritten) != A, role
            assert _outcome(connection, moved) == NO_RIGHTS, role


def test_the_server_refusing_a_leased_dossier_is_told_as_it_being_away(
    team_database: TeamDatabase, people: dict[Role, User], place: Place
) -> None:
    """A client that skips the program's own check reads the lease's sentence, not a
    driver's error."""
    _lease(team_database, place.open_dossier, people[Role.CASEWORKER].id)
    colleague = team_database.add("Bram Collega", Role.CASEWORKER)
    database = team_database.open_as(colleague)
    try:
        with (
            pytest.raises(DossierAwayError, match="meegenomen op de laptop van een collega"),
            writing(database) as session,
        ):
            session.execute(sql_text(EDIT_OPEN.replace("%s", ":id")), {"id": place.open_dossier})
    finally:
        database.close()


def _assessment(team: TeamDatabase, dossier_id: str) -> str:
    database = open_database(team.owner_url)
    try:
        with database.sessions.begin() as session:
            row = AssessmentRow(
                dossier_id=dossier_id,
                catalogue_id="c",
                catalogue_version="1",
                applicable="ja",
                gate_status="open",
            )
            session.add(row)
            session.flush()
            return row.id
    finally:
        database.close()


def _entries(*dossiers: str) -> tuple[str, tuple[object, ...]]:
    """One INSERT statement adding a timeline entry to each of `dossiers`."""
    values = ", ".join(
        f"({NEW}, %s, current_date, 'contact', 'gebeld', 'iemand')" for _ in dossiers
    )
    return (
        "INSERT INTO timeline_entry (id, created_at, updated_at, revision, dossier_id, "
        f"occurred_on, kind, description, author) VALUES {values}",
        dossiers,
    )


def _added(connection: psycopg.Connection[Any], statement: tuple[str, tuple[object, ...]]) -> str:
    """Run one statement, rolled back: 'allowed' when it added rows, else the SQLSTATE."""
    try:
        with connection.transaction(force_rollback=True), connection.cursor() as cursor:
            cursor.execute(*statement)
            return A if cursor.rowcount > 0 else "no row"
    except psycopg.Error as error:
        return error.sqlstate or "?"


def _copied(connection: psycopg.Connection[Any], dossiers: list[str]) -> str:
    """Timeline entries for `dossiers` written by COPY, rolled back: 'allowed' or the
    SQLSTATE of the refusal."""
    try:
        with (
            connection.transaction(force_rollback=True),
            connection.cursor() as cursor,
            cursor.copy(
                "COPY timeline_entry (id, created_at, updated_at, revision, dossier_id, "
                "occurred_on, kind, description, author) FROM STDIN"
            ) as copy,
        ):
            now = utc_now()
            for dossier in dossiers:
                copy.write_row(
                    (str(uuid.uuid4()), now, now, 1, dossier, now.date(), "contact", "x", "y")
                )
        return A
    except psycopg.Error as error:
        return error.sqlstate or "?"


def test_no_insert_gets_past_the_lease_however_the_rows_come(
    team_database: TeamDatabase, people: dict[Role, User], place: Place
) -> None:
    """The lease is checked once per INSERT statement over all the rows it adds: a
    statement with one row of a dossier on loan to someone else among rows of free
    dossiers is refused whole, whether its rows come as VALUES, from a SELECT, by COPY or
    as the part of an assessment; its holder's statements go through; an expired lease
    binds nobody."""
    holder = people[Role.CASEWORKER]
    colleague = team_database.add("Bram Collega", Role.CASEWORKER)
    leased, free = place.open_dossier, place.own_dossier
    assessment = _assessment(team_database, leased)
    lease = _lease(team_database, leased, holder.id)
    many = (
        "INSERT INTO timeline_entry (id, created_at, updated_at, revision, dossier_id, "
        "occurred_on, kind, description, author) SELECT "
        f"{NEW}, d, current_date, 'contact', 'gebeld', 'iemand' "
        "FROM unnest(%s::text[]) AS d, generate_series(1, 50)"
    )
    answer = (
        "INSERT INTO assessment_answer (id, created_at, updated_at, revision, assessment_id, "
        f"kind, item_id, answer, motivation, evidence, notes) VALUES ({NEW}, %s, 'vraag', "
        "'q1', 'ja', '', '[]', '{}')",
        (assessment,),
    )
    refused = [
        _entries(leased),
        _entries(free, free, leased, free),
        _entries(leased, free),
        (many, ([free, leased],)),
        (many, ([leased],)),
        answer,
        (
            f"INSERT INTO assessment (id, created_at, updated_at, revision, dossier_id, "
            "catalogue_id, catalogue_version, applicable, gate_status, missing) "
            f"VALUES ({NEW}, %s, 'c', '1', 'ja', 'open', '[]'), "
            f"({NEW}, %s, 'c', '1', 'ja', 'open', '[]')",
            (free, leased),
        ),
    ]
    with psycopg.connect(conninfo(team_database, team_database.logins[colleague.id])) as connection:
        for statement in refused:
            assert _added(connection, statement) == AWAY, statement
        assert _copied(connection, [free] * 30 + [leased] + [free] * 30) == AWAY
        assert _added(connection, _entries(free, free)) == A
        assert _added(connection, (many, ([free],))) == A
        assert _copied(connection, [free] * 3) == A
    with psycopg.connect(conninfo(team_database, team_database.logins[holder.id])) as connection:
        for statement in refused:
            assert _added(connection, statement) == A, statement
        assert _copied(connection, [free, leased]) == A
    owner = open_database(team_database.owner_url)
    try:
        with owner.sessions.begin() as session:
            row = session.get(LeaseRow, lease)
            assert row is not None
            row.until = utc_now() - timedelta(minutes=1)
    finally:
        owner.close()
    with psycopg.connect(conninfo(team_database, team_database.logins[colleague.id])) as connection:
        assert _added(connection, _entries(free, leased)) == A
