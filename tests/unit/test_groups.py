"""Group dossiers through the services: one group decision, applied to a member only after
its individual check, signed as any decision; and what an attacker tries instead."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from backends import TEST_KEY, Databases
from conference_team import TODAY, Team, plan, prepare, ship, signed_dossier
from precedent_fixtures import TEST_FACTORS, TEST_ROUTE, new_dossier

from maatwerkdesk.domain.decision import Decision, Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.groups import GroupFields, MemberCheck
from maatwerkdesk.domain.people import PermissionDeniedError
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.services import (
    briefcase,
    dossiers,
    exchange,
    group_links,
    groups,
    precedents,
    signing,
)
from maatwerkdesk.services.audit import trail
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.decision_document import decision_document
from maatwerkdesk.services.dossier_check import load_check, load_checked
from maatwerkdesk.services.historic import register_historic
from maatwerkdesk.services.similar_deviations import plain_count, similar_deviations

FIELDS = GroupFields(
    "Terugvordering na gemiste meldingen",
    "Participatiewet",
    "58 lid 8",
    "Fictief: de gemeente verwerkte een reeks meldingen niet; iedereen kreeg een terugvordering.",
)
HISTORY = Context(actor="opdrachtregel", origin="test", today=TODAY)
"""As the command line registers earlier decisions."""
HALF = Decision(
    OutcomeType.PARTIAL,
    Degree(DegreeUnit.PERCENT, 50),
    motivation="De gemeente veroorzaakte de fout mede; de helft vervalt.",
)


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship(tmp_path, monkeypatch)


@pytest.fixture
def team(database: Database) -> Team:
    return Team(database)


def _group(team: Team, *members: str, decision: Decision | None = HALF) -> str:
    def work(session, context):  # type: ignore[no-untyped-def]
        group = groups.create_group(session, context, FIELDS)
        if decision is not None:
            groups.record_group_decision(session, context, group.id, decision)
        for dossier_id in members:
            groups.add_member(session, context, group.id, dossier_id)
        return group.id

    return team.run(team.caseworker, work)


def _check(team: Team, group_id: str, dossier_id: str, *, fits: bool = True, why: str = ""):  # type: ignore[no-untyped-def]
    return team.run(
        team.caseworker,
        lambda s, c: groups.record_member_check(
            s, c, group_id, dossier_id, fits=fits, circumstances=why
        ),
    )


def _apply(team: Team, group_id: str, dossier_id: str, user=None):  # type: ignore[no-untyped-def]
    return team.run(
        user or team.caseworker,
        lambda s, c: groups.apply_group_decision(s, c, group_id, dossier_id),
    )


def test_a_checked_member_gets_the_group_decision_naming_the_group(team: Team) -> None:
    dossier_id = prepare(team)
    group_id = _group(team, dossier_id)
    _check(team, group_id, dossier_id)
    group = _apply(team, group_id, dossier_id)

    member = group.member(dossier_id)
    assert member is not None and member.check is MemberCheck.APPLIED
    state = team.run(team.caseworker, lambda s, c: precedents.load_precedents(s, c, dossier_id))
    assert state.decision is not None
    assert state.decision.outcome_type is OutcomeType.PARTIAL
    assert state.decision.degree == Degree(DegreeUnit.PERCENT, 50)
    assert group.reference in state.decision.motivation
    assert group.reference.startswith("GR-2026-")
    names = [entry.name for entry in team.run(team.caseworker, lambda s, c: trail(s, dossier_id))]
    assert {"group.member.add", "group.check", "group.apply", "decision.save"} <= set(names)


def test_the_applied_decision_still_needs_a_chair_who_is_not_the_proposer(team: Team) -> None:
    dossier_id = prepare(team)
    group_id = _group(team, dossier_id)
    _check(team, group_id, dossier_id)
    _apply(team, group_id, dossier_id)
    _meeting, item_id = plan(team, dossier_id)
    signed = team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))
    assert "Groepsbesluit GR-2026-0001" in signed.content.decision.motivation
    # Once signed, the group decision reaches it no more, and it stays in its group.
    with pytest.raises(DomainError):
        _check(team, group_id, dossier_id)
    with pytest.raises(DomainError):
        _apply(team, group_id, dossier_id)
    with pytest.raises(DomainError):
        team.run(team.caseworker, lambda s, c: groups.remove_member(s, c, group_id, dossier_id))


def test_applying_without_the_individual_check_is_refused(team: Team) -> None:
    dossier_id = prepare(team)
    group_id = _group(team, dossier_id)
    with pytest.raises(ValidationError, match="individueel gecontroleerd"):
        _apply(team, group_id, dossier_id)


def test_a_check_against_an_earlier_group_decision_no_longer_counts(team: Team) -> None:
    dossier_id = prepare(team)
    group_id = _group(team, dossier_id)
    _check(team, group_id, dossier_id)
    more = Decision(OutcomeType.FULL, motivation="Alles vervalt.")
    group = team.run(
        team.caseworker, lambda s, c: groups.record_group_decision(s, c, group_id, more)
    )
    member = group.member(dossier_id)
    assert member is not None and group.check_of(member) is MemberCheck.OPEN
    with pytest.raises(ValidationError, match="huidige groepsbesluit"):
        _apply(team, group_id, dossier_id)


def test_individual_circumstances_take_the_member_out_of_the_group_decision(team: Team) -> None:
    dossier_id = prepare(team)
    group_id = _group(team, dossier_id)
    with pytest.raises(ValidationError, match="individuele omstandigheden"):
        _check(team, group_id, dossier_id, fits=False)
    group = _check(team, group_id, dossier_id, fits=False, why="Fictief: schuldsanering loopt.")
    member = group.member(dossier_id)
    assert member is not None and member.check is MemberCheck.INDIVIDUAL
    with pytest.raises(ValidationError, match="afzonderlijk"):
        _apply(team, group_id, dossier_id)
    link = team.run(team.caseworker, lambda s, c: group_links.group_link(s, dossier_id))
    assert link is not None and link.line.startswith("Hoort bij groep GR-2026-0001")


def test_a_member_whose_own_check_stands_in_the_way_cannot_be_checked_as_fitting(
    team: Team,
) -> None:
    bare = team.run(
        team.caseworker,
        lambda s, c: (
            dossiers.create_dossier(
                s, c, DossierFields(title="Zonder factoren", regulation="Participatiewet")
            ).id
        ),
    )
    group_id = _group(team, bare)
    with pytest.raises(ValidationError, match="eigen toets"):
        _check(team, group_id, bare)


def test_a_dossier_belongs_to_one_group_and_another_group_cannot_apply_to_it(
    team: Team,
) -> None:
    dossier_id = prepare(team)
    first = _group(team, dossier_id)
    second = _group(team)
    with pytest.raises(ValidationError, match="hoort al bij groep"):
        team.run(team.caseworker, lambda s, c: groups.add_member(s, c, second, dossier_id))
    _check(team, first, dossier_id)
    with pytest.raises(ValidationError, match="hoort niet bij groep"):
        _check(team, second, dossier_id)
    with pytest.raises(ValidationError, match="hoort niet bij groep"):
        _apply(team, second, dossier_id)


def test_a_signed_dossier_does_not_join_a_group(team: Team) -> None:
    dossier_id = signed_dossier(team)
    group_id = _group(team)
    with pytest.raises(ValidationError, match="ondertekend"):
        team.run(team.caseworker, lambda s, c: groups.add_member(s, c, group_id, dossier_id))


def test_roles_that_may_not_edit_may_not_act_on_groups(team: Team) -> None:
    dossier_id = prepare(team)
    group_id = _group(team, dossier_id)
    _check(team, group_id, dossier_id)
    for user in (team.reader, team.chair, team.secretary):
        with pytest.raises(PermissionDeniedError):
            _apply(team, group_id, dossier_id, user)
        with pytest.raises(PermissionDeniedError):
            team.run(user, lambda s, c: groups.create_group(s, c, FIELDS))
    assert team.run(team.reader, lambda s, c: groups.load_group(s, c, group_id)).members


def test_a_group_needs_a_pattern_and_its_decision_a_motivation(team: Team) -> None:
    with pytest.raises(ValidationError, match="gedeelde knelpunt"):
        team.run(
            team.caseworker,
            lambda s, c: groups.create_group(s, c, GroupFields("Titel", "Participatiewet")),
        )
    group_id = _group(team, decision=None)
    with pytest.raises(ValidationError, match="Motiveer"):
        team.run(
            team.caseworker,
            lambda s, c: groups.record_group_decision(s, c, group_id, Decision(OutcomeType.FULL)),
        )


def test_an_applied_member_stays_and_one_with_circumstances_is_decided_on_its_own(
    team: Team,
) -> None:
    dossier_id = prepare(team)
    group_id = _group(team, dossier_id)
    _check(team, group_id, dossier_id)
    _apply(team, group_id, dossier_id)
    with pytest.raises(ValidationError, match="blijft erbij horen"):
        team.run(team.caseworker, lambda s, c: groups.remove_member(s, c, group_id, dossier_id))
    _check(team, group_id, dossier_id, fits=False, why="Fictief: later bleek een eigen fout.")
    state = team.run(team.caseworker, lambda s, c: precedents.load_precedents(s, c, dossier_id))
    assert state.decision is None
    group = team.run(team.caseworker, lambda s, c: groups.remove_member(s, c, group_id, dossier_id))
    assert group.members == ()


def _bound_deviation(team: Team, group_id: str | None) -> str:
    """A dossier under Participatiewet 58 with a deviation registered as binding; in the
    group first when `group_id` is given."""
    dossier_id = new_dossier(team.database, HISTORY, "Eerder afgeweken", TEST_ROUTE)
    with team.database.sessions.begin() as session:
        if group_id is not None:
            groups.add_member(session, HISTORY, group_id, dossier_id)
        precedents.save_factors(
            session, HISTORY, dossier_id, TEST_FACTORS, frozenset({"eigen-aandeel"})
        )
        precedents.save_decision(
            session,
            HISTORY,
            dossier_id,
            Decision(OutcomeType.FULL, reason=frozenset({"eigen-aandeel"})),
        )
        register_historic(session, HISTORY, dossier_id, "Testbesluit uit 2025")
    return dossier_id


def test_the_members_of_a_group_count_as_one_similar_deviation(team: Team) -> None:
    grouped = _group(team)
    for group_id in (grouped, grouped, grouped, None):
        _bound_deviation(team, group_id)
    outside = new_dossier(team.database, HISTORY)
    inside = new_dossier(team.database, HISTORY)
    team.run(team.caseworker, lambda s, c: groups.add_member(s, c, grouped, inside))

    def counts(dossier_id: str) -> tuple[int, int]:
        with team.database.sessions.begin() as session:
            found = similar_deviations(session, dossier_id)
            return found, plain_count(session, dossier_id, "participatiewet", "58")

    assert counts(outside) == (2, 2)  # the group once, and the one outside it
    assert counts(inside) == (1, 1)  # its own group is its own knelpunt


def test_the_decision_document_and_the_pack_name_the_group(team: Team) -> None:
    dossier_id = prepare(team)
    group_id = _group(team, dossier_id)

    def document(session, context):  # type: ignore[no-untyped-def]
        ((record, check),) = load_checked(session, context, [dossier_id])
        return decision_document(record, check, TODAY)

    found = team.run(team.caseworker, document)
    rows = dict(found.sections[0].blocks[-1].rows)
    assert rows["Groep"] == f"GR-2026-0001 — {FIELDS.title}"
    assert team.run(team.caseworker, lambda s, c: load_check(s, c, dossier_id)).group.id == group_id


def test_an_exported_member_carries_its_group_as_a_reference(
    team: Team, databases: Databases
) -> None:
    dossier_id = team.run(
        team.caseworker,
        lambda s, c: dossiers.create_dossier(s, c, DossierFields(title="Lid van een groep")).id,
    )
    _group(team, dossier_id)
    document = team.run(team.caseworker, lambda s, c: exchange.export_dossier(s, c, dossier_id))
    (entry,) = document["dossiers"]
    assert entry["record"]["group"] == {"reference": "GR-2026-0001", "title": FIELDS.title}

    broken = copy.deepcopy(document)
    broken["dossiers"][0]["record"]["group"] = {"title": "Zonder kenmerk"}
    elsewhere = open_database(databases.fresh("elders"))
    try:
        with (
            pytest.raises(ValidationError, match="reference"),
            elsewhere.sessions.begin() as session,
        ):
            exchange.import_documents(session, HISTORY, [("lid.json", broken)])
        with elsewhere.sessions.begin() as session:
            exchange.import_documents(session, HISTORY, [("lid.json", document)])
            # The group's pattern and decision stay where it was made: here the dossier is
            # a member of a copy that names it, and so it travels on.
            link = group_links.group_link(session, dossier_id)
            assert link is not None and link.reference == "GR-2026-0001"
            again = exchange.dossier_document(session, dossier_id)["dossiers"][0]
            assert again["record"]["group"] == entry["record"]["group"]
            copied = groups.load_group(session, HISTORY, link.id)
            assert copied.decision is None and copied.fields.pattern == group_links.COPIED_PATTERN
    finally:
        elsewhere.close()


def test_a_member_taken_along_keeps_its_group_which_is_read_only_there(
    team: Team, tmp_path: Path
) -> None:
    dossier_id = prepare(team)
    group_id = _group(team, dossier_id)
    path = tmp_path / "koffer.sqlite3"
    until = datetime.now(UTC) + timedelta(days=7)
    context = team.context(team.caseworker)
    briefcase.make_briefcase(team.database, path, TEST_KEY, context, [dossier_id], "LT-07", until)
    laptop = open_database(path, key=TEST_KEY)
    try:
        with laptop.sessions.begin() as session:
            link = group_links.group_link(session, dossier_id)
            assert link is not None and link.id == group_id
            assert groups.load_group(session, context, group_id).fields == FIELDS
            exported = exchange.dossier_document(session, dossier_id)["dossiers"][0]
            assert exported["record"]["group"]["reference"] == "GR-2026-0001"
        with (
            pytest.raises(DomainError, match="alleen te lezen"),
            laptop.sessions.begin() as session,
        ):
            groups.record_member_check(session, context, group_id, dossier_id, fits=True)
    finally:
        laptop.close()


def test_a_member_changed_after_its_check_is_checked_again_when_applied(team: Team) -> None:
    dossier_id = prepare(team)
    group_id = _group(team, dossier_id)
    _check(team, group_id, dossier_id)
    team.run(
        team.caseworker,
        lambda s, c: precedents.save_factors(s, c, dossier_id, TEST_FACTORS, frozenset()),
    )
    with pytest.raises(ValidationError, match="eigen toets"):
        _apply(team, group_id, dossier_id)
