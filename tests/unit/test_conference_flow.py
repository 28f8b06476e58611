"""The casuïstiekoverleg through the services: roles checked in the services, a meeting,
four-eyes sign-off, a fixed signed decision, and the next dossier bound by it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from conference_team import (
    FACTORS_A,
    MEETING_DAY,
    PARTIAL,
    TODAY,
    Team,
    plan,
    prepare,
    ship,
)
from precedent_fixtures import TEST_FACTORS as FACTORS
from precedent_fixtures import TEST_ROUTE, choose_route
from sqlalchemy import text

from maatwerkdesk.domain.conference import ActionItem, Stance
from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.document import texts
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.people import SYSTEM, PermissionDeniedError, Role
from maatwerkdesk.domain.precedent import Outcome, Status
from maatwerkdesk.domain.proposal import Proposal
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.services import (
    dossiers,
    meetings,
    precedents,
    proposals,
    signing,
    users,
)
from maatwerkdesk.services.minutes import minutes_document
from maatwerkdesk.services.signed import SignedDecisionError, signed_versions


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship(tmp_path, monkeypatch)


@pytest.fixture
def team(database: Database) -> Team:
    return Team(database)


def test_the_full_flow_binds_the_next_similar_dossier(team: Team) -> None:
    dossier_id = prepare(team)
    meeting_id, item_id = plan(team, dossier_id)
    team.run(team.legal, lambda s, c: meetings.give_advice(s, c, item_id, Stance.SUPPORT, "Goed."))
    team.run(team.income, lambda s, c: meetings.declare_conflict(s, c, item_id))

    def minutes(session, context):  # type: ignore[no-untyped-def]
        meeting = meetings.load_meeting(session, meeting_id)
        record = meeting.agenda[0].record
        return meetings.record_item(
            session,
            context,
            item_id,
            replace(
                record,
                decision=PARTIAL,
                actions=(ActionItem("Anouk Verhoef", "Besluit versturen", date(2026, 12, 10)),),
                dissent="",
            ),
        )

    recorded = team.run(team.secretary, minutes)
    assert [a.name for a in recorded.advice] == ["Lotte Jurist"]
    assert recorded.conflicts == (team.income.id,)
    signed = team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))
    assert signed.version == 1 and len(signed.fingerprint) == 64
    assert signed.decision.decided_on == MEETING_DAY

    signed_reference: list[str] = []

    def follow_up(session, context):  # type: ignore[no-untyped-def]
        record = dossiers.open_dossier(session, context, dossier_id)
        assert record.fields.status is DossierStatus.BESLOTEN
        signed_reference.append(record.reference)
        new_id = dossiers.create_dossier(
            session,
            context,
            DossierFields(title="Vergelijkbaar", regulation="Participatiewet", article="58"),
        ).id
        choose_route(session, context, new_id, TEST_ROUTE)
        return precedents.save_factors(session, context, new_id, FACTORS, FACTORS_A)

    state = team.run(team.caseworker, follow_up)
    assert state.report is not None
    deviate = state.report.outcomes[Outcome.DEVIATE]
    assert deviate.status is Status.FORCED
    assert [p.id for p in deviate.forcing] == signed_reference
    assert state.report.outcomes[Outcome.GENERIC].status is Status.INCONSISTENT


def test_a_signed_decision_is_fixed_and_changes_only_as_a_new_version(team: Team) -> None:
    dossier_id = prepare(team)
    _meeting, item_id = plan(team, dossier_id)
    team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))
    for attempt in (
        lambda s, c: precedents.save_decision(
            s, c, dossier_id, replace(PARTIAL, motivation="Anders.")
        ),
        lambda s, c: precedents.save_factors(
            s, c, dossier_id, FACTORS, frozenset({"eigen-aandeel"})
        ),
        lambda s, c: proposals.save_proposal(s, c, dossier_id, Proposal(citizen_text="Anders.")),
    ):
        with pytest.raises(SignedDecisionError, match="ondertekend"):
            team.run(team.caseworker, attempt)
    with pytest.raises(DomainError, match="al ondertekend"):
        team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))
    with pytest.raises(DomainError, match="waarom"):
        team.run(team.chair, lambda s, c: signing.amend(s, c, dossier_id, PARTIAL, " "))
    full = Decision(OutcomeType.FULL, None, frozenset({"eigen-aandeel"}), motivation="Herzien.")
    second = team.run(
        team.other_chair,
        lambda s, c: signing.amend(s, c, dossier_id, full, "Nieuwe stukken in bezwaar."),
    )
    assert second.version == 2 and second.change_reason == "Nieuwe stukken in bezwaar."
    versions = team.run(team.reader, lambda s, c: signed_versions(s, dossier_id))
    assert [v.decision.outcome_type for v in versions] == [OutcomeType.PARTIAL, OutcomeType.FULL]
    assert versions[0].fingerprint != versions[1].fingerprint


def test_four_eyes_the_caseworker_never_signs_their_own_proposal(team: Team) -> None:
    dossier_id = prepare(team)
    _meeting, item_id = plan(team, dossier_id)

    def chair_owns(session, context):  # type: ignore[no-untyped-def]
        record = dossiers.open_dossier(session, context, dossier_id)
        dossiers.update_dossier(
            session,
            context,
            dossier_id,
            replace(record.fields, owner="Karel Voorzitter"),
            expected_revision=record.revision,
        )

    team.run(SYSTEM, chair_owns)  # the chair is now the dossier's caseworker
    with pytest.raises(DomainError, match="vier ogen"):
        team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))
    with pytest.raises(DomainError, match="Alleen de voorzitter van dit overleg"):
        team.run(team.other_chair, lambda s, c: signing.sign(s, c, item_id))
    with pytest.raises(PermissionDeniedError, match="voorzitter"):
        team.run(team.caseworker, lambda s, c: signing.sign(s, c, item_id))


def test_departing_from_a_contradicting_precedent_needs_the_chairs_motivation(team: Team) -> None:
    first = prepare(team, "Eerste")
    _m, first_item = plan(team, first)
    team.run(team.chair, lambda s, c: signing.sign(s, c, first_item))
    second = prepare(team, "Tweede")

    def other_meeting(session, context):  # type: ignore[no-untyped-def]
        meeting_id = meetings.plan_meeting(session, context, MEETING_DAY, team.chair.id, [])
        meetings.set_agenda(session, context, meeting_id, [meetings.PlannedItem(second)])
        item = meetings.load_meeting(session, meeting_id).agenda[0]
        refuse = Decision(OutcomeType.REFUSE, None, frozenset({"groot-bedrag"}), motivation="Nee.")
        meetings.record_item(session, context, item.id, replace(item.record, decision=refuse))
        return item.id

    item_id = team.run(team.secretary, other_meeting)
    check = team.run(team.chair, lambda s, c: signing.sign_check(s, c, item_id))
    assert check.departs_from and any("motivering van de afwijking" in p for p in check.problems)
    with pytest.raises(DomainError, match="afwijking"):
        team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))

    def motivate(session, context):  # type: ignore[no-untyped-def]
        item = meetings.load_meeting(
            session, meetings.agenda_item_row(session, item_id).meeting_id
        ).item(item_id)
        assert item is not None
        meetings.record_item(
            session,
            context,
            item_id,
            replace(item.record, departure_motivation="Nieuw beleid sinds 1 december."),
        )

    team.run(team.secretary, motivate)
    signed = team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))
    assert signed.departed_from and signed.departure_motivation.startswith("Nieuw beleid")


ROLE_CASES = [
    (Role.CASEWORKER, {"edit"}),
    (Role.CHAIR, {"plan", "record", "advise"}),
    (Role.MEMBER, {"advise"}),
    (Role.SECRETARY, {"plan", "record"}),
    (Role.READER, set()),
    (Role.ADMINISTRATOR, {"users"}),
]


@pytest.mark.parametrize(("role", "allowed"), ROLE_CASES)
def test_each_role_may_do_only_its_own_acts(team: Team, role: Role, allowed: set[str]) -> None:
    dossier_id = prepare(team)
    _meeting, item_id = plan(team, dossier_id)
    user = {
        Role.CASEWORKER: team.caseworker,
        Role.CHAIR: team.chair,
        Role.MEMBER: team.legal,
        Role.SECRETARY: team.secretary,
        Role.READER: team.reader,
        Role.ADMINISTRATOR: team.admin,
    }[role]
    acts = {
        "edit": lambda s, c: dossiers.create_dossier(s, c, DossierFields(title="Nieuw")),
        "plan": lambda s, c: meetings.plan_meeting(s, c, MEETING_DAY, team.chair.id, []),
        "record": lambda s, c: meetings.record_attendance(
            s, c, meetings.agenda_item_row(s, item_id).meeting_id, [team.chair.id]
        ),
        "advise": lambda s, c: meetings.give_advice(s, c, item_id, Stance.AMEND, "Korter."),
        "users": lambda s, c: users.add_user(s, c, f"Nieuw {role.value}", Role.READER),
    }
    for name, act in acts.items():
        if name in allowed:
            team.run(user, act)
        else:
            with pytest.raises(PermissionDeniedError):
                team.run(user, act)
    # Everyone may read.
    assert team.run(
        user, lambda s, c: meetings.load_meeting(s, meetings.agenda_item_row(s, item_id).meeting_id)
    )


def test_only_dossiers_ter_bespreking_go_on_the_agenda(team: Team, database: Database) -> None:
    other = team.run(
        team.caseworker,
        lambda s, c: dossiers.create_dossier(s, c, DossierFields(title="Nog in analyse")).id,
    )
    with pytest.raises(DomainError, match="Ter bespreking"):
        plan(team, other)


def test_the_first_user_may_register_and_after_that_only_an_administrator(team: Team) -> None:
    with pytest.raises(PermissionDeniedError, match="functioneel beheerder"):
        team.run(team.chair, lambda s, c: users.add_user(s, c, "Zelf Aangemeld", Role.CHAIR))


def test_the_minutes_hold_agenda_attendance_advice_decision_and_actions(team: Team) -> None:
    dossier_id = prepare(team)
    meeting_id, item_id = plan(team, dossier_id)
    team.run(
        team.legal, lambda s, c: meetings.give_advice(s, c, item_id, Stance.SUPPORT, "Akkoord.")
    )

    def actions(session, context):  # type: ignore[no-untyped-def]
        item = meetings.load_meeting(session, meeting_id).agenda[0]
        action = ActionItem("Anouk Verhoef", "Besluit versturen", date(2026, 12, 10))
        meetings.record_item(session, context, item_id, replace(item.record, actions=(action,)))

    team.run(team.secretary, actions)
    signed = team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))
    document = team.run(team.reader, lambda s, c: minutes_document(s, meeting_id, TODAY))
    text = "\n".join(texts(document))
    for expected in (
        "Lotte Jurist",
        "steunt het voorstel",
        "Gedeeltelijk afwijken",
        "Karel Voorzitter",
        signed.fingerprint,
        "Anouk Verhoef: Besluit versturen (uiterlijk 10-12-2026)",
        "Stadskantoor, zaal 3",
    ):
        assert expected in text, expected


def test_a_signed_dossier_stays_decided(team: Team) -> None:
    dossier_id = prepare(team)
    _meeting, item_id = plan(team, dossier_id)
    team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))

    def reopen(session, context):  # type: ignore[no-untyped-def]
        record = dossiers.open_dossier(session, context, dossier_id)
        fields = replace(record.fields, status=DossierStatus.ANALYSE)
        dossiers.update_dossier(
            session, context, dossier_id, fields, expected_revision=record.revision
        )

    with pytest.raises(SignedDecisionError, match="Besloten"):
        team.run(team.caseworker, reopen)


def test_an_item_with_advice_can_leave_the_agenda_until_it_is_signed(team: Team) -> None:
    dossier_id = prepare(team)
    meeting_id, item_id = plan(team, dossier_id)
    team.run(team.legal, lambda s, c: meetings.give_advice(s, c, item_id, Stance.OPPOSE, "Nee."))
    team.run(team.secretary, lambda s, c: meetings.set_agenda(s, c, meeting_id, []))
    assert team.run(team.reader, lambda s, c: meetings.load_meeting(s, meeting_id)).agenda == ()


def test_what_a_signed_decision_rests_on_stays_as_it_was(team: Team) -> None:
    dossier_id = prepare(team)
    _meeting, item_id = plan(team, dossier_id)
    team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))

    def retitle(session, context):  # type: ignore[no-untyped-def]
        record = dossiers.open_dossier(session, context, dossier_id)
        fields = replace(record.fields, knelpunt="Anders verteld.")
        dossiers.update_dossier(
            session, context, dossier_id, fields, expected_revision=record.revision
        )

    def add_notes(session, context):  # type: ignore[no-untyped-def]
        record = dossiers.open_dossier(session, context, dossier_id)
        fields = replace(record.fields, notes="Besluit verstuurd.", status=DossierStatus.AFGESLOTEN)
        dossiers.update_dossier(
            session, context, dossier_id, fields, expected_revision=record.revision
        )

    with pytest.raises(SignedDecisionError, match="liggen vast"):
        team.run(team.caseworker, retitle)
    team.run(team.caseworker, add_notes)
    with pytest.raises(SignedDecisionError):
        team.run(team.caseworker, lambda s, c: dossiers.delete_dossier(s, c, dossier_id))


def test_a_caseworker_cannot_make_a_precedent_without_a_signature(team: Team) -> None:
    dossier_id = prepare(team)

    def decide_alone(session, context):  # type: ignore[no-untyped-def]
        record = dossiers.open_dossier(session, context, dossier_id)
        fields = replace(record.fields, status=DossierStatus.BESLOTEN)
        dossiers.update_dossier(
            session, context, dossier_id, fields, expected_revision=record.revision
        )

    with pytest.raises(DomainError, match="ondertekent"):
        team.run(team.caseworker, decide_alone)


def test_a_declared_conflict_stays_and_one_dossier_has_one_open_agenda(team: Team) -> None:
    dossier_id = prepare(team)
    meeting_id, item_id = plan(team, dossier_id)
    team.run(team.chair, lambda s, c: meetings.declare_conflict(s, c, item_id))

    def clear(session, context):  # type: ignore[no-untyped-def]
        item = meetings.load_meeting(session, meeting_id).agenda[0]
        return meetings.record_item(session, context, item_id, replace(item.record, conflicts=()))

    assert team.run(team.chair, clear).conflicts == (team.chair.id,)
    check = team.run(team.chair, lambda s, c: signing.sign_check(s, c, item_id))
    assert any("belang" in p for p in check.problems)
    with pytest.raises(DomainError, match="al op de agenda van"):
        plan(team, dossier_id)


def test_a_chair_deactivated_since_choosing_signs_nothing(team: Team) -> None:
    dossier_id = prepare(team)
    _meeting, item_id = plan(team, dossier_id)
    stale = team.chair
    team.run(team.admin, lambda s, c: users.update_user(s, c, stale.id, Role.READER, None))
    with pytest.raises(DomainError, match="lezer; een besluit ondertekenen mag alleen"):
        team.run(stale, lambda s, c: signing.sign(s, c, item_id))


def test_user_names_are_unique_whatever_their_case(team: Team) -> None:
    team.run(team.admin, lambda s, c: users.add_user(s, c, "Élise Xander", Role.READER))
    with pytest.raises(DomainError, match="al een gebruiker"):
        team.run(team.admin, lambda s, c: users.add_user(s, c, "ÉLISE XANDER", Role.READER))
    assert (
        team.run(team.reader, lambda s, c: users.find_user(s, "élise  xander")).name
        == "Élise Xander"
    )


def test_a_signed_decision_changed_behind_the_programs_back_shows(
    team: Team, database: Database
) -> None:
    dossier_id = prepare(team)
    _meeting, item_id = plan(team, dossier_id)
    team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))
    assert [
        v.intact for v in team.run(team.reader, lambda s, c: signed_versions(s, dossier_id))
    ] == [True]
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE signed_decision SET content = replace(content, 'De gemeente', "
                "'Het Rijk') WHERE dossier_id = :d"
            ),
            {"d": dossier_id},
        )
    (version,) = team.run(team.reader, lambda s, c: signed_versions(s, dossier_id))
    assert not version.intact
