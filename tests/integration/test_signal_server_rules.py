"""The team server keeps a knelpuntsignaal's life cycle, even for a client that skips the
program: who writes a signal, who takes it beyond the concept, and that what was sent to
the owner stays as sent. Each person connects as their own login and tries each act in a
transaction that is rolled back; the matrix is kept word for word in docs/signals.md."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import psycopg
from sqlalchemy import make_url
from team_logins import TeamDatabase
from test_server_rules import (
    NEW,
    OWNER,
    ROLES,
    A,
    Act,
    R,
    _one,
    _users,
    attempt,
    conninfo,
    markdown,
)

from maatwerkdesk.domain.people import Role, User
from maatwerkdesk.persistence.db import open_database
from maatwerkdesk.persistence.models import DossierRow, PolicySignalRow

DOCS = Path(__file__).parents[2] / "docs" / "signals.md"


@dataclass(frozen=True)
class Signals:
    concept: str
    reported: str
    dossier: str


def _signal(reference: str, state: str) -> PolicySignalRow:
    return PolicySignalRow(
        reference=reference,
        category="hardheid",
        regulation="Participatiewet",
        article="",
        owner="Gemeenteraad",
        title="Fictief",
        description="Fictief knelpunt.",
        state=state,
    )


def _place(team: TeamDatabase) -> Signals:
    database = open_database(team.owner_url)
    try:
        with database.sessions.begin() as session:
            rows = [_signal("KS-2026-0001", "concept"), _signal("KS-2026-0002", "gemeld")]
            dossier = DossierRow(reference="MW-2026-00001", title="Fictief", status="intake")
            session.add_all([*rows, dossier])
            session.flush()
            return Signals(rows[0].id, rows[1].id, dossier.id)
    finally:
        database.close()


def _insert(state: str) -> Act:
    return lambda c, p, me: _one(
        c,
        "INSERT INTO policy_signal (id, created_at, updated_at, revision, reference, category, "
        f"regulation, article, owner, title, description, state) VALUES ({NEW}, "
        "'KS-2026-0099', 'hardheid', 'Wet', '', 'Raad', 'Titel', 'Tekst', %s)",
        state,
    )


def _set(column: str, value: str, which: str) -> Act:
    return lambda c, p, me: _one(
        c, f"UPDATE policy_signal SET {column} = %s WHERE id = %s", value, getattr(p, which)
    )


ACTS: dict[str, Act] = {
    "write a signal": _insert("concept"),
    "write a signal as sent": _insert("gemeld"),
    "edit a concept": _set("description", "Anders.", "concept"),
    "edit a sent signal": _set("description", "Anders.", "reported"),
    "send a concept": _set("state", "gemeld", "concept"),
    "resolve a concept at once": _set("state", "opgelost", "concept"),
    "take up a sent signal": _set("state", "in_behandeling", "reported"),
    "record a step": lambda c, p, me: _one(
        c,
        "INSERT INTO policy_signal_transition (id, created_at, updated_at, revision, "
        f"signal_id, state, occurred_on, by_name, response) VALUES ({NEW}, %s, 'gemeld', "
        "current_date, 'Iemand', '')",
        p.reported,
    ),
    "link a dossier": lambda c, p, me: _one(
        c,
        "INSERT INTO policy_signal_link (id, created_at, updated_at, revision, signal_id, "
        f"dossier_id) VALUES ({NEW}, %s, %s)",
        p.concept,
        p.dossier,
    ),
    "dismiss a proposal": lambda c, p, me: _one(
        c,
        "INSERT INTO signal_dismissal (id, created_at, updated_at, revision, key, rule, "
        f"title, reason, dismissed_on, by_name) VALUES ({NEW}, 'artikel:x', 'artikel', "
        "'Voorstel', 'Toeval.', current_date, 'Iemand')",
    ),
}
EXPECTED = {
    # behandelaar, voorzitter, lid, secretaris, lezer, functioneel beheerder, eigenaar
    "write a signal": (A, A, R, R, R, R, A),
    "write a signal as sent": (R, R, R, R, R, R, A),
    "edit a concept": (A, A, R, R, R, R, A),
    "edit a sent signal": (R, R, R, R, R, R, A),
    "send a concept": (R, A, R, R, R, A, A),
    "resolve a concept at once": (R, R, R, R, R, R, A),
    "take up a sent signal": (R, A, R, R, R, A, A),
    "record a step": (R, A, R, R, R, A, A),
    "link a dossier": (A, A, R, R, R, R, A),
    "dismiss a proposal": (A, A, R, R, R, R, A),
}


def test_the_server_keeps_the_signal_rules_for_every_role(team_database: TeamDatabase) -> None:
    people: dict[Role, User] = _users(team_database)
    place = _place(team_database)
    logins = [team_database.logins[people[role].id] for role in ROLES]
    logins.append(make_url(team_database.owner_url).username or "")
    found: dict[str, tuple[str, ...]] = {}
    for name, act in ACTS.items():
        outcomes = []
        for login in logins:
            with psycopg.connect(conninfo(team_database, login)) as connection:
                outcomes.append(attempt(connection, act, place, people[Role.CHAIR].id))  # type: ignore[arg-type]
        found[name] = tuple(outcomes)
    table = markdown(found, (*(role.label for role in ROLES), OWNER))
    print(f"\nWhat the server allows each role with signals:\n\n{table}\n")
    assert found == EXPECTED
    assert table in DOCS.read_text(encoding="utf-8"), "docs/signals.md shows another matrix"
