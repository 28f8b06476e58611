"""The loket across organisations through the services: organisations, referrals, consent
and sharing, each recorded in the audit trail; and what an attacker tries instead."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from backends import TEST_KEY
from conference_team import TODAY, Team, prepare, ship, signed_dossier, tamper
from sqlalchemy import select

from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.loket import (
    MINIMAL,
    Basis,
    FieldGroup,
    Ground,
    InvolvementRole,
    ReferralStatus,
    Sharing,
)
from maatwerkdesk.domain.people import PermissionDeniedError
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.persistence.models import (
    AuditRow,
    LoketConsentRow,
    LoketInvolvementRow,
    LoketReferralRow,
)
from maatwerkdesk.services import briefcase, dossiers, loket
from maatwerkdesk.services.audit import Action, trail
from maatwerkdesk.services.loket import SharingRequest, sharing_digest

BOTH = frozenset({FieldGroup.CASE, FieldGroup.IDENTITY})
TASK = Basis(Ground.PUBLIC_TASK, provision="art. 7 Participatiewet")


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship(tmp_path, monkeypatch)


@pytest.fixture
def team(database: Database) -> Team:
    return Team(database)


def _consent(team: Team, dossier_id: str, groups=BOTH, organisation="uwv"):  # type: ignore[no-untyped-def]
    state = team.run(
        team.caseworker,
        lambda s, c: loket.record_consent(s, c, dossier_id, organisation, groups),
    )
    return state.consents[-1].id


def _share(team: Team, dossier_id: str, basis: Basis, groups=BOTH, organisation="uwv") -> Sharing:  # type: ignore[no-untyped-def]
    request = SharingRequest(organisation, basis, frozenset(groups))
    return team.run(team.caseworker, lambda s, c: loket.share_data(s, c, dossier_id, request))


def test_organisations_and_a_referral_go_through_their_steps_with_dates(team: Team) -> None:
    dossier_id = prepare(team)

    def work(session, context):  # type: ignore[no-untyped-def]
        loket.add_involvement(session, context, dossier_id, "uwv", InvolvementRole.INVOLVED)
        loket.add_involvement(session, context, dossier_id, "gemeente", InvolvementRole.REFERRER)
        state = loket.add_referral(
            session, context, dossier_id, "lmm", "Vastgelopen tussen UWV en gemeente.", warm=True
        )
        referral = state.referrals[0].id
        loket.move_referral(session, context, dossier_id, referral, ReferralStatus.SENT)
        yesterday = TODAY - timedelta(days=1)
        with pytest.raises(ValidationError, match="eerder dan de vorige stap"):
            loket.move_referral(
                session, context, dossier_id, referral, ReferralStatus.RECEIVED, yesterday
            )
        with pytest.raises(ValidationError, match="kies ontvangen of niet opgepakt"):
            loket.move_referral(session, context, dossier_id, referral, ReferralStatus.DONE)
        loket.move_referral(session, context, dossier_id, referral, ReferralStatus.RECEIVED)
        return loket.move_referral(
            session, context, dossier_id, referral, ReferralStatus.NOT_TAKEN_UP
        )

    state = team.run(team.caseworker, work)
    assert [(i.organisation, i.role) for i in state.involvements] == [
        ("uwv", InvolvementRole.INVOLVED),
        ("gemeente", InvolvementRole.REFERRER),
    ]
    (referral,) = state.referrals
    assert referral.warm and referral.status is ReferralStatus.NOT_TAKEN_UP
    assert [status for status, _day in referral.dates] == [
        ReferralStatus.PROPOSED,
        ReferralStatus.SENT,
        ReferralStatus.RECEIVED,
        ReferralStatus.NOT_TAKEN_UP,
    ]
    with pytest.raises(ValidationError, match="verandert de status niet meer"):
        team.run(
            team.caseworker,
            lambda s, c: loket.move_referral(s, c, dossier_id, referral.id, ReferralStatus.DONE),
        )
    names = {entry.name for entry in team.run(team.caseworker, lambda s, c: trail(s, dossier_id))}
    assert {"loket.involvement.add", "loket.referral.add", "loket.referral.niet_opgepakt"} <= names


def test_an_unknown_organisation_is_refused(team: Team) -> None:
    dossier_id = prepare(team)
    with pytest.raises(ValidationError, match="uit de lijst"):
        team.run(
            team.caseworker,
            lambda s, c: loket.add_involvement(
                s, c, dossier_id, "'; DROP TABLE dossier", InvolvementRole.INVOLVED
            ),
        )


def test_a_sharing_is_audited_with_whom_what_and_basis(team: Team) -> None:
    dossier_id = prepare(team)
    sharing = _share(team, dossier_id, TASK, MINIMAL)
    assert sharing.pseudonymised
    assert sharing.basis.label == (
        "art. 6 lid 1 onder e AVG: taak van algemeen belang of openbaar gezag "
        "(art. 7 Participatiewet)"
    )
    entries = team.run(team.caseworker, lambda s, c: trail(s, dossier_id))
    (shared,) = [e for e in entries if e.name == loket.SHARE]
    assert shared.action is Action.EXPORT and shared.object_id == sharing.id
    with team.database.sessions() as session:
        digest = session.query(AuditRow.digest).filter(AuditRow.object_id == sharing.id).scalar()
    assert digest == sharing_digest(sharing)


def test_consent_carries_only_its_organisation_and_groups_until_withdrawn(team: Team) -> None:
    dossier_id = prepare(team)
    consent_id = _consent(team, dossier_id)
    consented = Basis(Ground.CONSENT, consent_id)
    assert _share(team, dossier_id, consented).basis.consent_id == consent_id
    with pytest.raises(DomainError, match="dekt niet: bedragen"):
        _share(team, dossier_id, consented, {FieldGroup.CASE, FieldGroup.AMOUNTS})
    with pytest.raises(DomainError, match="niet gegeven voor delen met SVB"):
        _share(team, dossier_id, consented, organisation="svb")
    team.run(team.caseworker, lambda s, c: loket.withdraw_consent(s, c, dossier_id, consent_id))
    with pytest.raises(DomainError, match="ingetrokken op 28-11-2026"):
        _share(team, dossier_id, consented)
    with pytest.raises(DomainError, match="al ingetrokken"):
        team.run(team.caseworker, lambda s, c: loket.withdraw_consent(s, c, dossier_id, consent_id))
    # The sharing made before the withdrawal stays recorded.
    state = team.run(team.reader, lambda s, c: loket.load_loket(s, c, dossier_id))
    assert len(state.sharings) == 1 and state.consents[0].withdrawn_on == TODAY


def test_another_dossiers_consent_cannot_carry_a_sharing(team: Team) -> None:
    first, second = prepare(team), prepare(team, "Een ander dossier")
    consent_id = _consent(team, first)
    with pytest.raises(ValidationError, match="hoort niet bij dit dossier"):
        _share(team, second, Basis(Ground.CONSENT, consent_id))


@pytest.mark.parametrize(
    ("basis", "message"),
    [
        (Basis(Ground.LEGITIMATE_INTERESTS), "geldt niet voor een overheidsorganisatie"),
        (Basis(Ground.LEGAL_OBLIGATION), "noem het artikel"),
        (Basis(Ground.CONSENT), "Kies de toestemming"),
    ],
)
def test_a_basis_that_cannot_carry_a_sharing_is_refused(
    team: Team, basis: Basis, message: str
) -> None:
    dossier_id = prepare(team)
    with pytest.raises(ValidationError, match=message):
        _share(team, dossier_id, basis)


def test_nothing_to_share_is_refused(team: Team) -> None:
    dossier_id = prepare(team)
    with pytest.raises(ValidationError, match="Kies welke gegevens"):
        _share(team, dossier_id, TASK, frozenset())


def test_roles_that_may_not_edit_may_not_act_on_the_loket(team: Team) -> None:
    dossier_id = prepare(team)
    for user in (team.reader, team.chair, team.secretary):
        with pytest.raises(PermissionDeniedError):
            team.run(
                user,
                lambda s, c: loket.add_involvement(
                    s, c, dossier_id, "uwv", InvolvementRole.INVOLVED
                ),
            )
        with pytest.raises(PermissionDeniedError):
            team.run(
                user, lambda s, c: loket.share_data(s, c, dossier_id, SharingRequest("uwv", TASK))
            )
    assert team.run(team.reader, lambda s, c: loket.load_loket(s, c, dossier_id)).sharings == ()


def test_a_signed_dossier_keeps_its_loket_but_a_tampered_one_shares_nothing(team: Team) -> None:
    dossier_id = signed_dossier(team)
    _share(team, dossier_id, TASK)  # the handover goes on after the decision
    tamper(team.database, "UPDATE dossier SET knelpunt = 'Anders' WHERE id = :id", id=dossier_id)
    with pytest.raises(DomainError, match="alleen-lezen"):
        _share(team, dossier_id, TASK)
    with pytest.raises(DomainError, match="alleen-lezen"):
        _consent(team, dossier_id)


def test_a_consent_cannot_be_recorded_ahead_or_withdrawn_before_it_was_given(team: Team) -> None:
    dossier_id = prepare(team)
    tomorrow = TODAY + timedelta(days=1)
    with pytest.raises(ValidationError, match="kies vandaag of een eerdere datum"):
        team.run(
            team.caseworker,
            lambda s, c: loket.record_consent(s, c, dossier_id, "uwv", BOTH, tomorrow),
        )
    consent_id = _consent(team, dossier_id)
    with pytest.raises(ValidationError, match="niet eerder zijn"):
        team.run(
            team.caseworker,
            lambda s, c: loket.withdraw_consent(
                s, c, dossier_id, consent_id, TODAY - timedelta(days=3)
            ),
        )


def test_a_dossier_taken_along_keeps_its_loket_which_is_read_only_there(
    team: Team, tmp_path: Path
) -> None:
    dossier_id = prepare(team)
    consent_id = _consent(team, dossier_id)
    _share(team, dossier_id, Basis(Ground.CONSENT, consent_id))
    path = tmp_path / "koffer.sqlite3"
    until = datetime.now(UTC) + timedelta(days=7)
    context = team.context(team.caseworker)
    briefcase.make_briefcase(team.database, path, TEST_KEY, context, [dossier_id], "LT-07", until)
    laptop = open_database(path, key=TEST_KEY)
    try:
        with laptop.sessions.begin() as session:
            state = loket.load_loket(session, context, dossier_id)
            assert state.consents[0].id == consent_id and len(state.sharings) == 1
        with (
            pytest.raises(DomainError, match="in de teamdatabase"),
            laptop.sessions.begin() as session,
        ):
            loket.withdraw_consent(session, context, dossier_id, consent_id)
    finally:
        laptop.close()


def test_deleting_the_dossier_empties_the_lokets_texts(team: Team) -> None:
    dossier_id = prepare(team)

    def work(session, context):  # type: ignore[no-untyped-def]
        loket.add_involvement(
            session, context, dossier_id, "uwv", InvolvementRole.INVOLVED, "Fictief: mevrouw X."
        )
        loket.add_referral(session, context, dossier_id, "lmm", "Fictief: mevrouw X vastgelopen.")
        loket.record_consent(session, context, dossier_id, "uwv", BOTH, note="Fictief: X.")
        dossiers.delete_dossier(session, context, dossier_id)

    team.run(team.caseworker, work)
    with team.database.sessions() as session:
        texts = [
            *session.scalars(select(LoketInvolvementRow.note)),
            *session.scalars(select(LoketReferralRow.purpose)),
            *session.scalars(select(LoketConsentRow.note)),
        ]
    assert texts == ["", "", ""]
