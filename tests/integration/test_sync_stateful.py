"""The sync, driven at random: one team database and two to four laptops, each holding
dossiers of its own. Laptops edit fields and add and remove timeline entries; colleagues
edit the same dossiers on the server (after a chair broke the lease, or it expired);
laptops sync, sync twice, skip syncs (a partition), and are killed at a random step of a
sync. After a final sync of everyone:

- every laptop's copy equals the server's, and a second sync changes nothing;
- no edit is lost: every value a side wrote and nobody overwrote after seeing it is in the
  server's dossier, or kept as a conflict's value; every timeline entry added and not
  removed is there, and none removed came back;
- a clash is told once: no two conflicts for the same part, laptop value and base.

And at every sync, each dossier the sync made from its base and the audit trails instead
of reading it (services/sync_journal.py) equals the dossier read whole.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from backends import TEST_KEY, Databases
from briefcases import make_briefcase
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from maatwerkdesk.domain.dossier import DossierFields, TimelineEntry
from maatwerkdesk.domain.lease import DossierAwayError
from maatwerkdesk.domain.people import Role, User
from maatwerkdesk.domain.vocabulary import DossierStatus, TimelineKind
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.persistence.models import (
    BriefcaseDossierRow,
    DossierRow,
    LeaseRow,
    SyncConflictRow,
)
from maatwerkdesk.services import dossiers, leases, sync_journal, users
from maatwerkdesk.services import sync as sync_module
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossier_apply import dossier_entry
from maatwerkdesk.services.exchange import dossier_document, dossier_documents
from maatwerkdesk.services.sync import sync

TODAY = date(2026, 11, 28)
FIELDS = ("title", "notes")
LAPTOPS = 4
PER_LAPTOP = 1
"""Dossiers per laptop: one, so that edits and syncs meet often."""
EXAMPLES = int(os.environ.get("MAATWERKDESK_SYNC_EXAMPLES", "50"))
STEPS = 25
KILL_POINTS = (
    "Team-database bijgewerkt",  # in the server's transaction, before it commits
    "Koffer bijwerken",  # between the server's commit and the laptop's transaction
    "Koffer bijwerken",  # (the one that matters most, drawn twice as often)
    "Koffer bijgewerkt",  # in the laptop's transaction, before it commits
    "Naslaggegevens ophalen",  # in the pull
)
LAPTOP = st.integers(0, LAPTOPS - 1)
"""Which laptop (modulo how many this example has)."""
ACTS = st.integers(0, len(FIELDS) + 1)


class KilledError(Exception):
    """A sync stopped at a step, as a kill or a dropped network would stop it."""


def as_user(user: User) -> Context:
    return Context(actor=user.name, origin="test", today=TODAY, user=user)


@dataclass
class Templates:
    """Made once per test: a server with people and dossiers, and each laptop's briefcase
    of its own dossiers; every example starts from copies."""

    server: str
    laptops: list[Path]
    holders: list[User]
    colleague: User
    chair: User
    held: list[list[str]]


def make_templates(databases: Databases, folder: Path) -> Templates:
    server_target = databases.fresh("server")
    server = open_database(server_target, key=databases.key)
    first = Context(actor="beheer", origin="test", today=TODAY)
    with server.sessions.begin() as session:
        admin = users.add_user(session, first, "Bea Beheer", Role.ADMINISTRATOR)
        holders = [
            users.add_user(session, as_user(admin), f"Laptop Houder {n}", Role.CASEWORKER)
            for n in range(LAPTOPS)
        ]
        colleague = users.add_user(session, as_user(admin), "Cor Collega", Role.CASEWORKER)
        chair = users.add_user(session, as_user(admin), "Karel Voorzitter", Role.CHAIR)
        held = [
            [
                dossiers.create_dossier(
                    session,
                    as_user(holder),
                    DossierFields(
                        title=f"Dossier {n}.{k}", status=DossierStatus.INTAKE, owner=holder.name
                    ),
                ).id
                for k in range(PER_LAPTOP)
            ]
            for n, holder in enumerate(holders)
        ]
    laptops = []
    for n, holder in enumerate(holders):
        path = folder / f"laptop-{n}.sqlite3"
        make_briefcase(server, path, as_user(holder), held[n], laptop=f"laptop-{n}").close()
        laptops.append(path)
    server.close()
    return Templates(server_target, laptops, holders, colleague, chair, held)


@dataclass
class Written:
    """Values written by any side, and those overwritten by someone who saw them."""

    values: set[tuple[str, str, str]] = field(default_factory=set)
    superseded: set[tuple[str, str, str]] = field(default_factory=set)
    entries: set[tuple[str, str]] = field(default_factory=set)
    removed: set[tuple[str, str]] = field(default_factory=set)


def _fields(database: Database, dossier_id: str) -> dict[str, object]:
    with database.reads() as session:
        return dossier_document(session, dossier_id)["dossiers"][0]["fields"]


def _entries(database: Database, dossier_id: str) -> list[dict[str, str]]:
    with database.reads() as session:
        return dossier_document(session, dossier_id)["dossiers"][0]["timeline"]


def _entry(database: Database, dossier_id: str) -> dict[str, object]:
    with database.reads() as session:
        return dossier_document(session, dossier_id)["dossiers"][0]


@dataclass
class Stats:
    """What the runs did, so that a run that tested nothing fails."""

    examples: int = 0
    conflicts: int = 0
    kills: int = 0
    kills_after_the_server: int = 0
    made_on_the_laptop: int = 0
    """Dossiers a sync made from base and trail on a laptop (checked against a whole read)."""
    made_on_the_server: int = 0


def check_made(session: Session, made: dict[str, tuple[dict[str, Any], int]]) -> int:
    """That each document made from base and trail is the dossier read whole; how many."""
    whole = dossier_documents(session, list(made))
    for dossier_id, (document, revision) in made.items():
        assert dossier_entry(document) == dossier_entry(whole[dossier_id]), dossier_id
        assert revision == session.get(DossierRow, dossier_id).revision, dossier_id
    return len(made)


def checking_the_journal(monkeypatch: pytest.MonkeyPatch, stats: Stats) -> None:
    """Every document the sync makes from base and trail is checked as it is made."""

    def with_additions(session: Session, bases: Any) -> Any:
        made = sync_journal.with_additions(session, bases)
        stats.made_on_the_laptop += check_made(session, made)
        return made

    def unchanged(session: Session, bases: Any, revisions: Any) -> Any:
        made = sync_journal.unchanged(session, bases, revisions)
        stats.made_on_the_server += check_made(session, made)
        return made

    monkeypatch.setattr(sync_module, "with_additions", with_additions)
    monkeypatch.setattr(sync_module, "unchanged", unchanged)


def run_machine(databases: Databases, templates: Templates, folder: Path, stats: Stats) -> None:
    """Run the machine, counting what its scenarios did in `stats`."""

    class SyncMachine(RuleBasedStateMachine):
        @initialize(count=st.integers(2, LAPTOPS))
        def start(self, count: int) -> None:
            stats.examples += 1
            self.count = count
            self.server_target = databases.copy(templates.server, "example")
            self.server = open_database(self.server_target, key=databases.key)
            self.laptops: list[Database] = []
            for n in range(count):
                path = folder / f"example-{stats.examples}-laptop-{n}.sqlite3"
                shutil.copyfile(templates.laptops[n], path)
                self.laptops.append(open_database(path, key=TEST_KEY))
            self.offline = [False] * count
            self.handed_back = [False] * count
            self.written = Written()
            self.counter = 0

        def teardown(self) -> None:
            if not hasattr(self, "server"):
                return
            try:
                self.final_check()
            finally:
                for laptop in self.laptops:
                    laptop.close()
                self.server.close()
                databases.discard(self.server_target)

        # --- helpers -----------------------------------------------------------------

        def token(self) -> str:
            self.counter += 1
            return f"w{self.counter}"

        def write_field(
            self, database: Database, user: User, dossier_id: str, name: str, value: str
        ) -> None:
            with database.sessions.begin() as session:
                record = dossiers.open_dossier(session, as_user(user), dossier_id)
                old = getattr(record.fields, name)
                fields = replace(record.fields, **{name: value})
                dossiers.update_dossier(
                    session, as_user(user), dossier_id, fields, expected_revision=record.revision
                )
            self.written.superseded.add((dossier_id, name, old))
            self.written.values.add((dossier_id, name, value))

        def add_entry(self, database: Database, user: User, dossier_id: str) -> None:
            text = self.token()
            entry = TimelineEntry(TODAY - timedelta(days=1), TimelineKind.CONTACT, text)
            with database.sessions.begin() as session:
                dossiers.add_timeline_entry(session, as_user(user), dossier_id, entry)
            self.written.entries.add((dossier_id, text))

        def remove_entry(self, database: Database, user: User, dossier_id: str, pick: int) -> None:
            entries = _entries(database, dossier_id)
            if not entries:
                return
            entry = entries[pick % len(entries)]
            with database.sessions.begin() as session:
                dossiers.remove_timeline_entry(session, as_user(user), dossier_id, entry["id"])
            self.written.removed.add((dossier_id, entry["description"]))

        def sync_laptop(self, n: int, progress: Callable[[str, int, int], None] | None = None):
            report = sync(self.server, self.laptops[n], as_user(templates.holders[n]), progress)
            assert report.failed == [], report.failed
            return report

        # --- rules ---------------------------------------------------------------------

        def change(self, database: Database, user: User, dossier_id: str, act: int) -> None:
            """A field edited (0, 1), a timeline entry added (2) or removed (3)."""
            if act < len(FIELDS):
                self.write_field(database, user, dossier_id, FIELDS[act], self.token())
            elif act == len(FIELDS):
                self.add_entry(database, user, dossier_id)
            else:
                self.remove_entry(database, user, dossier_id, self.counter)

        @rule(n=LAPTOP, act=ACTS)
        def laptop_changes_its_dossier(self, n: int, act: int) -> None:
            n %= self.count
            if self.handed_back[n]:
                return  # given back: no longer the laptop's to change
            self.change(self.laptops[n], templates.holders[n], templates.held[n][0], act)

        @rule(n=LAPTOP, count=st.integers(1, 3), then_sync=st.booleans())
        def laptop_adds_notes(self, n: int, count: int, then_sync: bool) -> None:
            """Notes made on the road: timeline entries added and nothing else, which a
            sync pushes from the trail without reading the dossier whole; often synced
            at once, so that the scenarios surely take that way."""
            n %= self.count
            if self.handed_back[n]:
                return
            for _ in range(count):
                self.add_entry(self.laptops[n], templates.holders[n], templates.held[n][0])
            if then_sync and not self.offline[n]:
                self.sync_laptop(n)

        @rule(n=LAPTOP, act=ACTS)
        def colleague_changes_it_on_the_server(self, n: int, act: int) -> None:
            """Refused while the dossier is on loan; a change once the loan ended."""
            n %= self.count
            dossier_id = templates.held[n][0]
            if self.on_loan(dossier_id):
                field = FIELDS[act % len(FIELDS)]
                with pytest.raises(DossierAwayError):
                    self.write_field(self.server, templates.colleague, dossier_id, field, "x")
                return
            self.change(self.server, templates.colleague, dossier_id, act)

        def on_loan(self, dossier_id: str) -> bool:
            with self.server.reads() as session:
                return dossier_id in leases.open_leases(session, [dossier_id])

        def end_loan(self, dossier_id: str) -> None:
            """The chair ends the loan (what a colleague who must change it asks for)."""
            if self.on_loan(dossier_id):
                with self.server.sessions.begin() as session:
                    leases.break_lease(session, as_user(templates.chair), dossier_id)

        @rule(n=LAPTOP, f=st.sampled_from(FIELDS))
        def both_edit_the_same_field(self, n: int, f: str) -> None:
            """A colleague edits the field the laptop edits too (a lease broken meanwhile)."""
            n %= self.count
            if self.handed_back[n]:
                return
            dossier_id = templates.held[n][0]
            self.write_field(self.laptops[n], templates.holders[n], dossier_id, f, self.token())
            self.end_loan(dossier_id)
            self.write_field(self.server, templates.colleague, dossier_id, f, self.token())

        @rule(n=LAPTOP, expire=st.booleans())
        def lease_broken_or_expired(self, n: int, expire: bool) -> None:
            n %= self.count
            values = (
                {"until": utc_now() - timedelta(minutes=1)}
                if expire
                else {"broken_at": utc_now(), "broken_by": templates.chair.id}
            )
            with self.server.sessions.begin() as session:
                session.execute(
                    update(LeaseRow)
                    .where(
                        LeaseRow.dossier_id == templates.held[n][0], LeaseRow.broken_at.is_(None)
                    )
                    .values(**values)
                )

        @rule(n=LAPTOP)
        def laptop_hands_it_back(self, n: int) -> None:
            """Given back: the next sync pushes it, returns the lease and erases it here."""
            n %= self.count
            with self.laptops[n].sessions.begin() as session:
                taken = session.get(BriefcaseDossierRow, templates.held[n][0])
                if taken is not None:
                    taken.handed_back = True
            self.handed_back[n] = True

        @rule(n=LAPTOP)
        def partition(self, n: int) -> None:
            """The laptop goes offline (its syncs do nothing), or comes back."""
            n %= self.count
            self.offline[n] = not self.offline[n]

        @rule(n=LAPTOP, twice=st.booleans(), kill=st.none() | st.sampled_from(KILL_POINTS))
        def laptop_syncs(self, n: int, twice: bool, kill: str | None) -> None:
            """A sync, repeated at once (a duplicated push), or killed at a step."""
            n %= self.count
            if self.offline[n]:
                return
            if kill is not None:

                def killing(label: str, _done: int, _total: int) -> None:
                    if label == kill:
                        stats.kills += 1
                        stats.kills_after_the_server += label == "Koffer bijwerken"
                        raise KilledError

                with contextlib.suppress(KilledError):  # not killed: no dossier left there
                    self.sync_laptop(n, killing)
                return
            self.sync_laptop(n)
            if twice:
                again = self.sync_laptop(n)
                assert (again.pushed, again.conflicts, again.created) == (0, 0, 0)

        # --- the final check -----------------------------------------------------------

        def final_check(self) -> None:
            for n in range(self.count):
                self.sync_laptop(n)
            for n in range(self.count):
                again = self.sync_laptop(n)
                assert (again.pushed, again.pulled, again.conflicts) == (0, 0, 0), again
            with self.server.reads() as session:
                conflicts = session.scalars(select(SyncConflictRow)).all()
            stats.conflicts += len(conflicts)
            told = [(c.dossier_id, c.path_key, repr(c.laptop), repr(c.base)) for c in conflicts]
            assert len(told) == len(set(told)), "a clash was told twice"
            open_parts = [(c.dossier_id, c.path_key) for c in conflicts if c.resolved_at is None]
            assert len(open_parts) == len(set(open_parts))
            kept = {
                (c.dossier_id, c.path[-1], side.get("value"))
                for c in conflicts
                for side in (c.laptop, c.server)
            }
            for n in range(self.count):
                (dossier_id,) = templates.held[n]
                if self.handed_back[n]:
                    self.check_given_back(n, dossier_id)
                else:
                    assert _entry(self.laptops[n], dossier_id) == _entry(self.server, dossier_id)
            live = self.written.values - self.written.superseded
            for dossier_id, name, value in live:
                on_server = _fields(self.server, dossier_id)[name]
                assert on_server == value or (dossier_id, name, value) in kept, (
                    f"{name}={value} lost"
                )
            for dossier_id, text in self.written.entries:
                texts = {e["description"] for e in _entries(self.server, dossier_id)}
                if (dossier_id, text) in self.written.removed:
                    assert text not in texts, f"removed entry {text} came back"
                else:
                    assert text in texts, f"entry {text} lost"

        def check_given_back(self, n: int, dossier_id: str) -> None:
            """Out of the briefcase with nothing of it left there; the lease returned."""
            with self.laptops[n].reads() as session:
                assert session.get(BriefcaseDossierRow, dossier_id) is None
                row = session.get(DossierRow, dossier_id)
                assert row is not None and row.deleted_at is not None and row.title == ""
            with self.server.reads() as session:
                leases = session.scalars(
                    select(LeaseRow).where(LeaseRow.dossier_id == dossier_id)
                ).all()
                assert all(lease.returned_at or lease.broken_at for lease in leases)

    SyncMachine.TestCase.settings = settings(
        max_examples=EXAMPLES,
        stateful_step_count=STEPS,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    SyncMachine.TestCase().runTest()


def test_replicas_converge_without_losing_an_edit_or_telling_a_clash_twice(
    databases: Databases, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    templates = make_templates(databases, tmp_path)
    stats = Stats()
    checking_the_journal(monkeypatch, stats)
    run_machine(databases, templates, tmp_path, stats)
    assert stats.examples >= min(EXAMPLES, 10)
    assert stats.conflicts > 0 and stats.kills_after_the_server > 0, stats
    assert stats.made_on_the_laptop > 0 and stats.made_on_the_server > 0, stats
