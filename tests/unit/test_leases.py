"""Taking dossiers along: a leased dossier is changed by its holder only, every editing
service refuses a colleague with the same sentence, and the lease's own acts."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conference_team import FACTORS_A, PARTIAL, Team, plan, prepare, ship, signed_dossier
from precedent_fixtures import TEST_FACTORS as FACTORS
from sqlalchemy import select
from statement_counts import counted

from maatwerkdesk.domain.dossier import DossierFields, TimelineEntry
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.groups import GroupFields
from maatwerkdesk.domain.lease import (
    DossierAwayError,
    Lease,
    LeaseState,
    away_line,
    away_message,
)
from maatwerkdesk.domain.loket import MINIMAL, Basis, Ground, InvolvementRole, Loket, ReferralStatus
from maatwerkdesk.domain.people import Role, User
from maatwerkdesk.domain.proposal import Proposal
from maatwerkdesk.domain.vocabulary import TimelineKind
from maatwerkdesk.domain.weighing import Weighing
from maatwerkdesk.infra.attachment_store import AttachmentStore
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import AuditRow, LeaseRow, WeighingRow
from maatwerkdesk.services import (
    assessments,
    attachments,
    dossiers,
    groups,
    historic,
    intake_queue,
    integrity,
    leases,
    loket,
    precedents,
    proposals,
    signing,
    users,
    weighing,
)
from maatwerkdesk.services.chart import chart_data
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossier_check import load_check
from maatwerkdesk.services.dossier_query import DossierQuery

SERVICES = Path(__file__).parents[2] / "src" / "maatwerkdesk" / "services"
KEY = bytes(range(32))


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship(tmp_path, monkeypatch)


@pytest.fixture
def team(database: Database) -> Team:
    return Team(database)


def _soon() -> datetime:
    return utc_now() + timedelta(days=3)


def test_the_wording_names_holder_laptop_and_local_time() -> None:
    until = datetime(2026, 12, 12, 17, 0).astimezone()
    lease = Lease("l", "d", "MW-2026-00012", "u", "Anouk Verhoef", "LT-07", until, LeaseState.OPEN)
    assert away_line(lease) == "onderweg bij Anouk Verhoef (laptop LT-07) tot 12-12-2026 17:00"
    assert away_message(lease) == (
        "Dossier MW-2026-00012 is onderweg bij Anouk Verhoef (laptop LT-07) tot 12-12-2026 "
        "17:00: u kunt het lezen maar niet wijzigen. Vraag Anouk Verhoef het terug te geven, "
        "of vraag de voorzitter de uitleen te beëindigen."
    )


@dataclass(frozen=True)
class Leased:
    open_dossier: str
    """Prepared and on a meeting's agenda (`item`), not signed."""
    item: str
    signed_dossier: str
    entry: str
    attachment: str


def _take(team: Team, user: User, dossier_ids: list[str]) -> list[Lease]:
    return team.run(user, lambda s, c: leases.take(s, c, dossier_ids, "LT-07", _soon()))


@pytest.fixture
def leased(team: Team, tmp_path: Path) -> Leased:
    """Two of the caseworker's dossiers, with a timeline entry and an attachment, taken
    along by the caseworker."""
    open_id = prepare(team)
    _meeting, item = plan(team, open_id)
    signed_id = signed_dossier(team, "Een ander besluit")
    source = tmp_path / "brief.txt"
    source.write_text("Fictieve brief", encoding="utf-8")

    def parts(session, context):  # type: ignore[no-untyped-def]
        entry = TimelineEntry(context.current_date(), TimelineKind.CONTACT, "Gebeld")
        record = dossiers.add_timeline_entry(session, context, open_id, entry)
        record = attachments.add_attachment(session, context, _store(tmp_path), open_id, source)
        return record.timeline[0].id, record.attachments[0].id

    entry, attachment = team.run(team.caseworker, parts)
    _take(team, team.caseworker, [open_id, signed_id])
    return Leased(open_id, item, signed_id, entry, attachment)


def _store(tmp_path: Path) -> AttachmentStore:
    return AttachmentStore(tmp_path / "bijlagen", KEY)


Edit = Callable[[Any, Context, Leased, Path], object]
"""An editing service called on the leased dossiers; the colleague's role it needs."""


def _fields(session: Any, context: Context, dossier_id: str) -> Any:
    record = dossiers.open_dossier(session, context, dossier_id)
    return record, replace(record.fields, notes="Gewijzigd")


EDITS: dict[str, tuple[str, Edit]] = {
    "assessments.save_assessment": (
        "colleague",
        lambda s, c, p, t: assessments.save_assessment(
            s, c, p.open_dossier, assessments.load_assessment(s, c, p.open_dossier).assessment
        ),
    ),
    "assessments.reassess": (
        "colleague",
        lambda s, c, p, t: assessments.reassess(s, c, p.open_dossier),
    ),
    "attachments.add_attachment": (
        "colleague",
        lambda s, c, p, t: attachments.add_attachment(
            s, c, _store(t), p.open_dossier, t / "brief.txt"
        ),
    ),
    "attachments.remove_attachment": (
        "colleague",
        lambda s, c, p, t: attachments.remove_attachment(s, c, p.open_dossier, p.attachment),
    ),
    "dossiers.update_dossier": (
        "colleague",
        lambda s, c, p, t: dossiers.update_dossier(
            s,
            c,
            p.open_dossier,
            _fields(s, c, p.open_dossier)[1],
            expected_revision=_fields(s, c, p.open_dossier)[0].revision,
        ),
    ),
    "dossiers.delete_dossier": (
        "colleague",
        lambda s, c, p, t: dossiers.delete_dossier(s, c, p.open_dossier),
    ),
    "dossiers.add_timeline_entry": (
        "colleague",
        lambda s, c, p, t: dossiers.add_timeline_entry(
            s, c, p.open_dossier, TimelineEntry(c.current_date(), TimelineKind.CONTACT, "Nog eens")
        ),
    ),
    "dossiers.remove_timeline_entry": (
        "colleague",
        lambda s, c, p, t: dossiers.remove_timeline_entry(s, c, p.open_dossier, p.entry),
    ),
    "historic.register_historic": (
        "system",
        lambda s, c, p, t: historic.register_historic(s, c, p.open_dossier, "Corsa, zaak 1"),
    ),
    "integrity.resolve": (
        "administrator",
        lambda s, c, p, t: integrity.resolve(s, c, p.signed_dossier, "Onderzocht."),
    ),
    "precedents.save_factors": (
        "colleague",
        lambda s, c, p, t: precedents.save_factors(s, c, p.open_dossier, FACTORS, FACTORS_A),
    ),
    "precedents.save_decision": (
        "colleague",
        lambda s, c, p, t: precedents.save_decision(s, c, p.open_dossier, PARTIAL),
    ),
    "groups.add_member": (
        "colleague",
        lambda s, c, p, t: groups.add_member(s, c, _group_id(s, c), p.signed_dossier),
    ),
    "groups.remove_member": (
        "colleague",
        lambda s, c, p, t: groups.remove_member(s, c, _group_id(s, c), p.open_dossier),
    ),
    "groups.record_member_check": (
        "colleague",
        lambda s, c, p, t: groups.record_member_check(
            s, c, _group_id(s, c), p.open_dossier, fits=False, circumstances="Anders."
        ),
    ),
    "groups.apply_group_decision": (
        "colleague",
        lambda s, c, p, t: groups.apply_group_decision(s, c, _group_id(s, c), p.open_dossier),
    ),
    "intake_queue.dismiss": (
        "colleague",
        lambda s, c, p, t: intake_queue.dismiss(s, c, p.open_dossier, "Geen maatwerk nodig."),
    ),
    "loket.add_involvement": (
        "colleague",
        lambda s, c, p, t: loket.add_involvement(
            s, c, p.open_dossier, "uwv", InvolvementRole.INVOLVED
        ),
    ),
    "loket.remove_involvement": (
        "colleague",
        lambda s, c, p, t: loket.remove_involvement(
            s, c, p.open_dossier, _loket(s, p).involvements[0].id
        ),
    ),
    "loket.add_referral": (
        "colleague",
        lambda s, c, p, t: loket.add_referral(s, c, p.open_dossier, "lmm", "Vastgelopen."),
    ),
    "loket.move_referral": (
        "colleague",
        lambda s, c, p, t: loket.move_referral(
            s, c, p.open_dossier, _loket(s, p).referrals[0].id, ReferralStatus.SENT
        ),
    ),
    "loket.record_consent": (
        "colleague",
        lambda s, c, p, t: loket.record_consent(s, c, p.open_dossier, "uwv", MINIMAL),
    ),
    "loket.withdraw_consent": (
        "colleague",
        lambda s, c, p, t: loket.withdraw_consent(
            s, c, p.open_dossier, _loket(s, p).consents[0].id
        ),
    ),
    "loket.share_data": (
        "colleague",
        lambda s, c, p, t: loket.share_data(
            s, c, p.open_dossier, loket.SharingRequest("uwv", Basis(Ground.PUBLIC_TASK, "", "Wet"))
        ),
    ),
    "proposals.save_proposal": (
        "colleague",
        lambda s, c, p, t: proposals.save_proposal(
            s, c, p.open_dossier, Proposal(citizen_text="Anders.")
        ),
    ),
    "signing.sign": ("chair", lambda s, c, p, t: signing.sign(s, c, p.item)),
    "signing.amend": (
        "chair",
        lambda s, c, p, t: signing.amend(s, c, p.signed_dossier, PARTIAL, "Nieuwe feiten."),
    ),
    "weighing.save_weighing": (
        "colleague",
        lambda s, c, p, t: weighing.save_weighing(s, c, p.open_dossier, Weighing(aim="Anders.")),
    ),
}

NOT_OF_A_DOSSIER = {
    "leases.break_lease": "ends the lease itself",
    "meetings.record_item": "the meeting's record of an agenda item, not the dossier",
    "meetings.give_advice": "a member's advice, not the dossier",
    "meetings.declare_conflict": "a member's declared interest, not the dossier",
    "policy_signals.link_dossier": "the knelpuntsignaal's link to it, a record of its own",
}
"""Acts on a dossier's id that change no part of the dossier, so a lease does not hold them."""


def _editing_services() -> set[str]:
    """Every public service function that acts on a dossier (or an agenda item's dossier)
    with a permission beyond reading: what a lease must hold back from a colleague."""
    found = set()
    for path in SERVICES.glob("*.py"):
        for function in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(function, ast.FunctionDef) or function.name.startswith("_"):
                continue
            names = {argument.arg for argument in function.args.args}
            if not names & {"dossier_id", "item_id"}:
                continue
            if any(_requires_a_change(node) for node in ast.walk(function)):
                found.add(f"{path.stem}.{function.name}")
    return found


def _requires_a_change(node: ast.AST) -> bool:
    if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "require"):
        return False
    return any(isinstance(a, ast.Attribute) and a.attr not in ("READ", "EXPORT") for a in node.args)


def test_every_editing_service_is_tried_on_a_leased_dossier() -> None:
    """A new service that changes a dossier must be added to EDITS, and so tried below."""
    assert _editing_services() == set(EDITS) | set(NOT_OF_A_DOSSIER)


def _group_id(session: Any, context: Context) -> str:
    (group,) = groups.list_groups(session, context)
    return group.id


def _loket(session: Any, leased: Leased) -> Loket:
    return loket.read_loket(session, leased.open_dossier)


def _person(team: Team, colleague: User, who: str) -> User | None:
    if who == "system":
        return None
    return {"colleague": colleague, "chair": team.chair, "administrator": team.admin}[who]


@pytest.fixture
def colleague(team: Team) -> User:
    return team.run(team.admin, lambda s, c: users.add_user(s, c, "Bram Collega", Role.CASEWORKER))


@pytest.fixture
def grouped(team: Team, leased: Leased) -> None:
    """The leased open dossier in a group with a group decision, put there by the
    caseworker who holds the lease (a holder is not refused)."""

    def group(session, context):  # type: ignore[no-untyped-def]
        fields = GroupFields("Fictieve groep", "Participatiewet", "art. 22a", "Fictief.")
        made = groups.create_group(session, context, fields)
        groups.record_group_decision(session, context, made.id, PARTIAL)
        groups.add_member(session, context, made.id, leased.open_dossier)

    team.run(team.caseworker, group)


@pytest.fixture
def with_loket(team: Team, leased: Leased) -> None:
    """An organisation, a referral and a consent in the leased open dossier, recorded by
    the caseworker who holds the lease."""

    def parts(session, context):  # type: ignore[no-untyped-def]
        dossier_id = leased.open_dossier
        loket.add_involvement(session, context, dossier_id, "uwv", InvolvementRole.INVOLVED)
        loket.add_referral(session, context, dossier_id, "lmm", "Vastgelopen.")
        loket.record_consent(session, context, dossier_id, "uwv", MINIMAL)

    team.run(team.caseworker, parts)


@pytest.mark.parametrize("name", sorted(EDITS))
def test_a_colleague_is_refused_by_every_editing_service(
    team: Team,
    colleague: User,
    leased: Leased,
    grouped: None,
    with_loket: None,
    tmp_path: Path,
    name: str,
) -> None:
    who, edit = EDITS[name]
    person = _person(team, colleague, who)

    def attempt(session, context):  # type: ignore[no-untyped-def]
        return edit(session, context, leased, tmp_path)

    with pytest.raises(DossierAwayError) as refused:
        if person is None:
            team.run_system(attempt)
        else:
            team.run(person, attempt)
    message = str(refused.value)
    assert "onderweg bij Anouk Verhoef (laptop LT-07) tot " in message
    assert "u kunt het lezen maar niet wijzigen. Vraag Anouk Verhoef het terug te geven" in message
    with team.database.sessions.begin() as session:
        attempts = session.scalars(
            select(AuditRow.result).where(AuditRow.name == name, AuditRow.result != "ok")
        ).all()
    assert attempts[-1:] == ["refused"]


def test_the_holder_edits_and_a_chair_breaking_the_lease_frees_it(
    team: Team, colleague: User, leased: Leased
) -> None:
    def note(session, context):  # type: ignore[no-untyped-def]
        record, fields = _fields(session, context, leased.open_dossier)
        return dossiers.update_dossier(
            session, context, leased.open_dossier, fields, expected_revision=record.revision
        )

    team.run(team.caseworker, note)  # the holder is not refused
    with pytest.raises(DossierAwayError):
        team.run(colleague, note)
    with pytest.raises(DomainError, match="voorzitter"):
        team.run(colleague, lambda s, c: leases.break_lease(s, c, leased.open_dossier))
    broken = team.run(team.chair, lambda s, c: leases.break_lease(s, c, leased.open_dossier))
    assert broken.state is LeaseState.BROKEN
    team.run(colleague, note)
    with team.database.sessions.begin() as session:
        row = session.get_one(LeaseRow, broken.id)
        assert row.broken_by == team.chair.id
        names = session.scalars(
            select(AuditRow.name).where(AuditRow.dossier_id == leased.open_dossier)
        ).all()
    assert "lease.take" in names and "lease.break" in names


def test_a_dossier_on_loan_cannot_be_taken_by_someone_else(
    team: Team, colleague: User, leased: Leased
) -> None:
    with pytest.raises(DossierAwayError, match="Anouk Verhoef"):
        _take(team, colleague, [leased.open_dossier])
    again = _take(team, team.caseworker, [leased.open_dossier])  # the holder: a new `until`
    assert again[0].holder_id == team.caseworker.id


def test_give_back_is_the_holders_and_frees_the_dossier(
    team: Team, colleague: User, leased: Leased
) -> None:
    lease_id = team.run(team.caseworker, lambda s, c: leases.open_leases(s, [leased.open_dossier]))[
        leased.open_dossier
    ].id
    with pytest.raises(DomainError, match="Alleen wie het dossier heeft meegenomen"):
        team.run(colleague, lambda s, c: leases.give_back(s, c, lease_id))
    back = team.run(team.caseworker, lambda s, c: leases.give_back(s, c, lease_id))
    assert back.state is LeaseState.RETURNED
    taken = _take(team, colleague, [leased.open_dossier])
    assert taken[0].holder == "Bram Collega"


def test_an_expired_lease_holds_nothing_and_is_closed_when_taken_again(
    team: Team, colleague: User, leased: Leased
) -> None:
    with team.database.sessions.begin() as session:
        row = session.scalars(
            select(LeaseRow).where(LeaseRow.dossier_id == leased.open_dossier)
        ).one()
        row.until = utc_now() - timedelta(minutes=1)
        expired = row.id
    assert team.run(colleague, lambda s, c: leases.open_leases(s, [leased.open_dossier])) == {}
    _take(team, colleague, [leased.open_dossier])
    with team.database.sessions.begin() as session:
        row = session.get_one(LeaseRow, expired)
        assert row.broken_at is not None and row.broken_by is None


@pytest.mark.parametrize(
    ("until", "words"),
    [(timedelta(hours=-1), "in het verleden"), (timedelta(days=31), "meer dan 30 dagen")],
)
def test_until_is_in_the_future_and_within_a_month(
    team: Team, colleague: User, until: timedelta, words: str
) -> None:
    dossier_id = prepare(team)
    with pytest.raises(ValidationError, match=words):
        team.run(
            colleague, lambda s, c: leases.take(s, c, [dossier_id], "LT-07", utc_now() + until)
        )


def test_a_deleted_dossier_is_not_taken(team: Team, colleague: User) -> None:
    dossier_id = prepare(team, "Weg")
    team.run(team.caseworker, lambda s, c: dossiers.delete_dossier(s, c, dossier_id))
    with pytest.raises(DomainError, match="bestaat niet"):
        _take(team, colleague, [dossier_id])


def test_refuse_if_away_spares_the_holder(team: Team, colleague: User, leased: Leased) -> None:
    team.run(team.caseworker, lambda s, c: leases.refuse_if_away(s, c, leased.open_dossier))
    with pytest.raises(DossierAwayError):
        team.run(colleague, lambda s, c: leases.refuse_if_away(s, c, leased.open_dossier))


def test_the_list_names_who_has_a_dossier_in_the_same_one_statement(
    team: Team, leased: Leased
) -> None:
    with team.database.reads() as session, session.begin():
        session.connection()
        with counted(team.database.engine) as sent:
            _count, rows = dossiers.first_page(session, DossierQuery(), 50)
    assert len(sent) == 1, sent
    away = {row.id: row.away for row in rows}
    assert away[leased.open_dossier].startswith("onderweg bij Anouk Verhoef (laptop LT-07) tot ")
    assert sum(1 for line in away.values() if line) == 2  # the two taken, no other


def test_reading_a_leased_dossier_writes_nothing_into_it(team: Team, colleague: User) -> None:
    """A check read computes the dossier's place on the balance chart; while the dossier
    is on loan it is not kept (on a team database the server would refuse the write, and
    with it a colleague's read); once it is back, it is."""
    fields = DossierFields(title="Zonder afweging", regulation="Participatiewet")
    dossier_id = team.run(team.caseworker, lambda s, c: dossiers.create_dossier(s, c, fields).id)
    (lease,) = _take(team, team.caseworker, [dossier_id])

    def chart(session, context):  # type: ignore[no-untyped-def]
        chart_data(session, load_check(session, context, dossier_id, audit_read=False))

    def kept() -> bool:
        with team.database.reads() as session:
            found = select(WeighingRow.id).where(WeighingRow.dossier_id == dossier_id)
            return session.scalar(found) is not None

    team.run(colleague, chart)
    assert not kept()
    team.run(team.caseworker, lambda s, c: leases.give_back(s, c, lease.id))
    team.run(colleague, chart)
    assert kept()
