"""Knelpuntsignalen through the services: who may do what, the concept rule, personal
data kept out when a dossier is linked, and proposals that stay dismissed or taken."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from backends import TEST_KEY
from conference_team import TODAY, Team, ship, signed_dossier

from maatwerkdesk.domain.dossier import DossierFields, Subject
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.groups import GroupFields
from maatwerkdesk.domain.people import PermissionDeniedError, User
from maatwerkdesk.domain.policy_signals import SignalCategory, SignalFields, SignalState
from maatwerkdesk.domain.signal_patterns import PatternRule
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.services import briefcase, dossiers, groups, policy_signals, signal_proposals
from maatwerkdesk.services.audit import trail

FIELDS = SignalFields(
    SignalCategory.HARDSHIP,
    "Participatiewet",
    "58 lid 8",
    "Ministerie van Sociale Zaken en Werkgelegenheid",
    "Terugvordering na fouten van de gemeente",
    "Fictief: wie door een fout van de gemeente te veel kreeg, moet alles terugbetalen.",
)


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship(tmp_path, monkeypatch)


@pytest.fixture
def team(database: Database) -> Team:
    return Team(database)


def _dossier(team: Team, name: str = "Zoë Berkhuis") -> str:
    fields = DossierFields(
        title="Terugvordering",
        regulation="Participatiewet",
        article="58 lid 8",
        subject=Subject(name=name, bsn="999990019"),
    )
    return team.run(team.caseworker, lambda s, c: dossiers.create_dossier(s, c, fields).id)


def _create(team: Team, user: User | None = None, *dossier_ids: str) -> str:
    return team.run(
        user or team.caseworker,
        lambda s, c: policy_signals.create_signal(s, c, FIELDS, dossier_ids=dossier_ids).id,
    )


def _step(team: Team, user: User, signal_id: str, state: SignalState, response: str = ""):  # type: ignore[no-untyped-def]
    return team.run(
        user, lambda s, c: policy_signals.transition_signal(s, c, signal_id, state, response)
    )


def test_a_caseworker_writes_a_concept_resting_on_a_dossier_and_it_is_audited(team: Team) -> None:
    dossier_id = _dossier(team)
    signal_id = _create(team, None, dossier_id)
    signal = team.run(team.reader, lambda s, c: policy_signals.load_signal(s, c, signal_id))
    assert signal.reference == f"KS-{TODAY.year}-0001"
    assert signal.state is SignalState.CONCEPT
    assert [d.id for d in signal.dossiers] == [dossier_id]
    assert signal.since(SignalState.CONCEPT) == TODAY
    with team.database.sessions.begin() as session:
        names = [e.name for e in trail(session, dossier_id)]
    assert "signal.dossier.link" in names


def test_the_description_may_not_name_the_linked_dossier_s_people(team: Team) -> None:
    dossier_id = _dossier(team)
    naming = replace(FIELDS, description="Berkhuis moest terugbetalen.")
    with pytest.raises(ValidationError, match="een naam"):
        team.run(
            team.caseworker,
            lambda s, c: policy_signals.create_signal(s, c, naming, dossier_ids=[dossier_id]),
        )


def test_linking_a_dossier_whose_person_the_text_names_is_refused(team: Team) -> None:
    naming = replace(FIELDS, description="Knelpunt voor Jorisma.")
    signal_id = team.run(
        team.caseworker, lambda s, c: policy_signals.create_signal(s, c, naming).id
    )
    dossier_id = _dossier(team, "Piet Jorisma")
    with pytest.raises(ValidationError, match="een naam"):
        team.run(
            team.caseworker, lambda s, c: policy_signals.link_dossier(s, c, signal_id, dossier_id)
        )


def test_a_group_s_members_are_checked_when_the_group_is_linked(team: Team) -> None:
    naming = replace(FIELDS, description="Knelpunt voor Jorisma.")
    signal_id = team.run(
        team.caseworker, lambda s, c: policy_signals.create_signal(s, c, naming).id
    )
    member = _dossier(team, "Piet Jorisma")

    def group(session, context):  # type: ignore[no-untyped-def]
        made = groups.create_group(
            session, context, GroupFields("Groep", "Participatiewet", "58", "Fictief patroon.")
        )
        groups.add_member(session, context, made.id, member)
        return made.id

    group_id = team.run(team.caseworker, group)
    with pytest.raises(ValidationError, match="een naam"):
        team.run(team.caseworker, lambda s, c: policy_signals.link_group(s, c, signal_id, group_id))


def test_only_a_chair_or_administrator_takes_a_signal_beyond_the_concept(team: Team) -> None:
    signal_id = _create(team)
    for who in (team.caseworker, team.secretary, team.reader, team.legal):
        with pytest.raises(PermissionDeniedError, match="voorzitter of functioneel beheerder"):
            _step(team, who, signal_id, SignalState.REPORTED)
    _step(team, team.chair, signal_id, SignalState.REPORTED)
    _step(team, team.admin, signal_id, SignalState.IN_PROGRESS)
    done = _step(team, team.chair, signal_id, SignalState.RESOLVED, "De regel wordt aangepast.")
    assert [t.state for t in done.transitions] == [
        SignalState.CONCEPT,
        SignalState.REPORTED,
        SignalState.IN_PROGRESS,
        SignalState.RESOLVED,
    ]
    assert done.response == "De regel wordt aangepast."
    assert done.transitions[1].by == team.chair.name


def test_readers_and_members_may_not_write_a_signal(team: Team) -> None:
    for who in (team.reader, team.legal, team.secretary, team.admin):
        with pytest.raises(PermissionDeniedError):
            _create(team, who)
    _create(team, team.chair)


def test_what_was_sent_is_not_edited_and_illegal_steps_are_refused(team: Team) -> None:
    signal_id = _create(team)
    with pytest.raises(DomainError, match="alleen naar ‘gemeld’"):
        _step(team, team.chair, signal_id, SignalState.RESOLVED, "Klaar.")
    _step(team, team.chair, signal_id, SignalState.REPORTED)
    with pytest.raises(DomainError, match="wijzigt u niet meer"):
        team.run(
            team.caseworker, lambda s, c: policy_signals.update_signal(s, c, signal_id, FIELDS)
        )
    with pytest.raises(ValidationError, match="antwoord"):
        _step(team, team.chair, signal_id, SignalState.NOT_ADOPTED, "")
    _step(team, team.chair, signal_id, SignalState.NOT_ADOPTED, "Past niet in het beleid.")
    dossier_id = _dossier(team)
    with pytest.raises(DomainError, match="niet overgenomen"):
        team.run(
            team.caseworker, lambda s, c: policy_signals.link_dossier(s, c, signal_id, dossier_id)
        )


def test_three_signed_deviations_propose_a_signal_that_is_taken_once(team: Team) -> None:
    for n in range(3):
        signed_dossier(team, f"Terugvordering {n}")
    proposals = team.run(team.reader, signal_proposals.signal_proposals)
    article = [p for p in proposals if p.rule is PatternRule.ARTICLE]
    assert len(article) == 1 and len(article[0].dossiers) == 3
    signal = team.run(
        team.caseworker,
        lambda s, c: signal_proposals.take_proposal(s, c, article[0].key, "Gemeenteraad"),
    )
    assert signal.proposal_key == article[0].key and len(signal.dossiers) == 3
    again = team.run(team.reader, signal_proposals.signal_proposals)
    assert article[0].key not in {p.key for p in again}


def test_a_dismissed_proposal_stays_dismissed_and_needs_a_reason(team: Team) -> None:
    for n in range(3):
        signed_dossier(team, f"Terugvordering {n}")
    (first, *_rest) = team.run(team.reader, signal_proposals.signal_proposals)
    with pytest.raises(ValidationError, match="waarom"):
        team.run(
            team.caseworker, lambda s, c: signal_proposals.dismiss_proposal(s, c, first.key, "")
        )
    with pytest.raises(PermissionDeniedError):
        team.run(
            team.reader, lambda s, c: signal_proposals.dismiss_proposal(s, c, first.key, "Toeval.")
        )
    team.run(
        team.caseworker, lambda s, c: signal_proposals.dismiss_proposal(s, c, first.key, "Toeval.")
    )
    signed_dossier(team, "Terugvordering 4")
    assert first.key not in {
        p.key for p in team.run(team.reader, signal_proposals.signal_proposals)
    }
    with pytest.raises(DomainError, match="niet meer"):
        team.run(
            team.caseworker,
            lambda s, c: signal_proposals.take_proposal(s, c, first.key, "Gemeenteraad"),
        )


def test_signals_are_not_written_in_a_laptop_s_briefcase(team: Team, tmp_path: Path) -> None:
    dossier_id = _dossier(team)
    path = tmp_path / "koffer.sqlite3"
    until = datetime.now(UTC) + timedelta(days=7)
    context = team.context(team.caseworker)
    briefcase.make_briefcase(team.database, path, TEST_KEY, context, [dossier_id], "LT-07", until)
    laptop = open_database(path, key=TEST_KEY)
    try:
        with (
            pytest.raises(DomainError, match="teamdatabase"),
            laptop.sessions.begin() as session,
        ):
            policy_signals.create_signal(session, context, FIELDS, dossier_ids=[dossier_id])
    finally:
        laptop.close()


def test_a_signed_dossier_may_be_linked_as_linking_does_not_change_it(team: Team) -> None:
    dossier_id = signed_dossier(team)
    signal_id = _create(team)
    signal = team.run(
        team.caseworker, lambda s, c: policy_signals.link_dossier(s, c, signal_id, dossier_id)
    )
    assert [d.id for d in signal.dossiers] == [dossier_id]
    unlinked = team.run(
        team.caseworker,
        lambda s, c: policy_signals.unlink(s, c, signal_id, dossier_id=dossier_id),
    )
    assert unlinked.dossiers == ()
