"""Only what was decided binds, and a signed record cannot be bent: each rule tried from the
side of someone who would get around it, through the services and through the database."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import keyring
import pytest
from conference_team import (
    FACTORS_A,
    PARTIAL,
    TODAY,
    Team,
    deviate_status,
    plan,
    prepare,
    ship,
    signed_dossier,
    similar_state,
    tamper,
)
from keyring.backends import null
from memory_keyring import MemoryKeyring
from precedent_fixtures import TEST_FACTORS, TEST_ROUTE
from sqlalchemy import select, text

from maatwerkdesk.domain.case_report import Relation
from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.document import Document, Text
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.indicators import Severity
from maatwerkdesk.domain.people import PermissionDeniedError
from maatwerkdesk.domain.precedent import Outcome, Status
from maatwerkdesk.domain.precedent_exchange import ExchangedPrecedent, PrecedentDocument
from maatwerkdesk.domain.precedent_explanation import LATER_KNOWN_NOTE
from maatwerkdesk.domain.signed_record import RecordKind
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import SignedDecisionRow, SigningKeyRow
from maatwerkdesk.services import dossiers, integrity, precedents, signing, signing_keys
from maatwerkdesk.services.assess_report import assess_document, assess_text
from maatwerkdesk.services.document_export import load_decision_document
from maatwerkdesk.services.dossier_check import DossierCheck, load_check
from maatwerkdesk.services.historic import register_historic
from maatwerkdesk.services.precedent_import import import_precedents
from maatwerkdesk.services.signed import (
    SignedDecisionError,
    TamperedRecordError,
    integrity_problems,
    signed_versions,
)


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship(tmp_path, monkeypatch)


@pytest.fixture
def team(database: Database) -> Team:
    return Team(database)


def edit_title(team: Team, dossier_id: str) -> None:
    def work(session, context):  # type: ignore[no-untyped-def]
        record = dossiers.open_dossier(session, context, dossier_id)
        dossiers.update_dossier(
            session,
            context,
            dossier_id,
            replace(record.fields, notes="Nieuwe notitie"),
            expected_revision=record.revision,
        )

    team.run(team.caseworker, work)


# --- only what was decided binds ---------------------------------------------------------


def test_an_unsigned_decision_closed_by_a_caseworker_binds_nobody(team: Team) -> None:
    dossier_id = prepare(team)

    def close(session, context):  # type: ignore[no-untyped-def]
        record = dossiers.open_dossier(session, context, dossier_id)
        dossiers.update_dossier(
            session,
            context,
            dossier_id,
            replace(record.fields, status=DossierStatus.AFGESLOTEN),
            expected_revision=record.revision,
        )

    team.run(team.caseworker, close)
    assert deviate_status(team) is Status.FREE
    with pytest.raises(DomainError, match="ondertekent"):

        def decide(session, context):  # type: ignore[no-untyped-def]
            record = dossiers.open_dossier(session, context, dossier_id)
            dossiers.update_dossier(
                session,
                context,
                dossier_id,
                replace(record.fields, status=DossierStatus.BESLOTEN),
                expected_revision=record.revision,
            )

        team.run(team.caseworker, decide)


def test_a_status_set_to_besloten_in_the_database_binds_nobody_and_shows(team: Team) -> None:
    dossier_id = prepare(team)
    tamper(team.database, "UPDATE dossier SET status = 'besloten' WHERE id = :d", d=dossier_id)
    assert deviate_status(team) is Status.FREE
    problems = team.run(team.reader, lambda s, c: integrity_problems(s, dossier_id))
    assert any("geen ondertekend besluit" in p for p in problems)


def test_a_dossier_changed_outside_the_program_is_not_signed_until_resolved(team: Team) -> None:
    dossier_id = prepare(team)
    _meeting, item_id = plan(team, dossier_id)
    tamper(team.database, "UPDATE dossier SET status = 'besloten' WHERE id = :d", d=dossier_id)
    check = team.run(team.chair, lambda s, c: signing.sign_check(s, c, item_id))
    assert check.problems[0].startswith(
        "Dit dossier is alleen-lezen tot de functioneel beheerder het heeft beoordeeld: "
        "Het dossier staat op ‘Besloten’"
    )
    with pytest.raises(DomainError, match="alleen-lezen"):
        team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))
    team.run(team.admin, lambda s, c: integrity.resolve(s, c, dossier_id, "Status hersteld."))
    assert team.run(team.chair, lambda s, c: signing.sign_check(s, c, item_id)).problems == ()
    team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))


def test_a_signed_decision_binds_the_next_similar_dossier(team: Team) -> None:
    signed_dossier(team)
    assert deviate_status(team) is Status.FORCED


def test_a_changed_working_decision_of_a_signed_dossier_changes_no_precedent(team: Team) -> None:
    dossier_id = signed_dossier(team)
    tamper(
        team.database,
        "UPDATE decision SET outcome = 'generic', outcome_type = 'refuse' WHERE dossier_id = :d",
        d=dossier_id,
    )
    assert deviate_status(team) is Status.FORCED  # the signed content still speaks
    problems = team.run(team.reader, lambda s, c: integrity_problems(s, dossier_id))
    assert any("beslissing in het dossier wijkt af" in p for p in problems)


def test_history_is_registered_only_by_the_command_line_with_a_source(team: Team) -> None:
    dossier_id = prepare(team)
    with pytest.raises(PermissionDeniedError):
        team.run(team.caseworker, lambda s, c: register_historic(s, c, dossier_id, "Corsa"))
    with pytest.raises(DomainError, match="bron"):
        team.run_system(lambda s, c: register_historic(s, c, dossier_id, "  "))
    signed = team.run_system(
        lambda s, c: register_historic(s, c, dossier_id, "Besluit van 12-03-2024, zaak 12")
    )
    assert signed.kind is RecordKind.HISTORIC and signed.intact
    assert deviate_status(team) is Status.FORCED
    with pytest.raises(SignedDecisionError):
        team.run(
            team.caseworker,
            lambda s, c: precedents.save_decision(s, c, dossier_id, Decision(OutcomeType.REFUSE)),
        )


def test_a_historic_version_added_in_the_database_binds_nobody(team: Team) -> None:
    dossier_id = prepare(team)
    other = prepare(team, "Tweede dossier")
    team.run_system(lambda s, c: register_historic(s, c, other, "Zaak 7"))
    # Copy the registered version onto another dossier, as if it had been registered there.
    tamper(
        team.database,
        "INSERT INTO signed_decision (id, created_at, updated_at, revision, dossier_id, version, "
        "kind, catalogue_id, signed_at, content, content_hash) SELECT 'x', created_at, "
        "updated_at, 1, :d, 1, kind, catalogue_id, signed_at, "
        "replace(content, CAST(:o AS VARCHAR), CAST(:d AS VARCHAR)), "
        "content_hash FROM signed_decision WHERE dossier_id = :o",
        d=dossier_id,
        o=other,
    )
    problems = team.run(team.reader, lambda s, c: integrity_problems(s, dossier_id))
    assert problems


# --- judged as it stood when signed ------------------------------------------------------


ELSEWHERE_REFUSED = ExchangedPrecedent(
    reference="ELDERS-2024-1",
    catalogue=CatalogueRef(TEST_FACTORS.id, TEST_FACTORS.version),
    route=TEST_ROUTE,
    factors=tuple(sorted(FACTORS_A)),
    outcome_type=OutcomeType.REFUSE,
    degree=None,
    reason=("groot-bedrag",),
    summary="Eerder elders afgewezen.",
    decided_on=date(2024, 1, 1),
)
"""Refused elsewhere under the same route on the same factors as PARTIAL's: it forbids
deviating."""


def test_a_precedent_imported_later_never_makes_a_signed_decision_contradict(team: Team) -> None:
    dossier_id = signed_dossier(team)
    team.run_system(lambda s, c: import_precedent(s, c, ELSEWHERE_REFUSED))
    state = team.run(team.reader, lambda s, c: precedents.load_precedents(s, c, dossier_id))
    assert state.report is not None
    assert state.report.outcomes[Outcome.DEVIATE].status is not Status.INCONSISTENT
    later_check = state.report.later[Outcome.DEVIATE]
    assert [p.id for p in later_check.contradicting] == ["ELDERS-2024-1"]
    # A dossier decided now is judged against everything known now.
    fresh = similar_state(team)
    assert fresh.report is not None
    assert fresh.report.outcomes[Outcome.DEVIATE].status is Status.INCONSISTENT


def test_a_precedent_imported_without_a_route_only_persuades(team: Team) -> None:
    """Where it is not known under which power a decision was taken, it binds no dossier
    here: not a signed one afterwards, not a new one; it is listed as persuasive."""
    dossier_id = signed_dossier(team)
    unrouted = replace(ELSEWHERE_REFUSED, route=None)
    team.run_system(lambda s, c: import_precedent(s, c, unrouted))
    state = team.run(team.reader, lambda s, c: precedents.load_precedents(s, c, dossier_id))
    assert state.report is not None
    assert state.report.later[Outcome.DEVIATE].contradicting_count == 0
    fresh = similar_state(team)
    assert fresh.report is not None
    assert fresh.report.outcomes[Outcome.DEVIATE].status is Status.FORCED  # by the signed one
    assert fresh.report.outcomes[Outcome.DEVIATE].contradicting_count == 0
    imported = [s for s in fresh.report.similar if s.entry.id == "ELDERS-2024-1"]
    assert [(s.relation, s.same_route) for s in imported] == [(Relation.PERSUASIVE, False)]


LATER_LINE = (
    "Een later bekend geworden beslissing wijkt af: ELDERS-2024-1 (geïmporteerd). Dit dossier "
    "verschilt daar niet relevant van."
)


def shown_everywhere(
    team: Team, dossier_id: str
) -> tuple[DossierCheck, dict[str, Any], str, Document]:
    """The check, `assess --json` and its text, and the decision document, as a reader sees them."""

    def work(session, context):  # type: ignore[no-untyped-def]
        check = load_check(session, context, dossier_id, audit_read=False)
        versions = signed_versions(session, dossier_id)
        return (
            check,
            assess_document(check, versions),
            assess_text(check, versions),
            load_decision_document(session, context, dossier_id, TODAY),
        )

    return team.run(team.reader, work)


def test_a_precedent_known_since_the_signature_is_told_as_information_everywhere(
    team: Team,
) -> None:
    dossier_id = signed_dossier(team)
    before, document, _text, _pdf = shown_everywhere(team, dossier_id)
    assert document["precedents"]["later_known"] == {
        "outcome": "deviate",
        "conflicting": [],
        "explanation": [],
    }
    assert "later-precedent" not in {f.id for f in before.findings}
    team.run_system(lambda s, c: import_precedent(s, c, ELSEWHERE_REFUSED))

    check, document, text, pdf = shown_everywhere(team, dossier_id)
    assert check.later_known() == (LATER_LINE,)
    assert document["precedents"]["later_known"] == {
        "outcome": "deviate",
        "conflicting": [
            {
                "precedent": "ELDERS-2024-1",
                "differences": [],
                "distinguished": False,
                "standing": "open",
            }
        ],
        "explanation": [LATER_LINE],
    }
    assert f"Ter informatie, over het ondertekende besluit:\n  {LATER_LINE}\n" in text
    (finding,) = [f for f in check.findings if f.id == "later-precedent"]
    assert finding.severity is Severity.INFO
    assert finding.statement == f"{LATER_LINE} {LATER_KNOWN_NOTE}"
    # It never changes the verdict on the signed decision.
    assert [f for f in check.findings if f.id != "later-precedent"] == before.findings
    assert (check.risk, check.disproportion) == (before.risk, before.disproportion)
    assert document["precedents"]["outcomes"]["deviate"]["status"] != "inconsistent"
    (chapter,) = [s for s in pdf.sections if s.title == "Factoren en precedenten"]
    notes = [b for b in chapter.blocks if isinstance(b, Text) and b.lead == "Ter informatie"]
    assert [n.text for n in notes] == [f"{LATER_LINE} {LATER_KNOWN_NOTE}"]
    # A dossier that is not signed has nothing "later": it is judged against everything.
    fresh = similar_state(team).dossier_id
    _check, unsigned, unsigned_text, _pdf = shown_everywhere(team, fresh)
    assert unsigned["precedents"]["later_known"] is None
    assert "Ter informatie" not in unsigned_text


def import_precedent(session, context, precedent):  # type: ignore[no-untyped-def]
    document = PrecedentDocument(
        source="elders.json",
        origin="Gemeente Elders (fictief)",
        exported_at=datetime(2026, 11, 1, tzinfo=UTC),
        precedents=(precedent,),
    )
    return import_precedents(session, context, document)


# --- signatures and tampering ------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE signed_decision SET content = replace(content, '\"percent\"', '\"eur\"')",
        "UPDATE signed_decision SET content = replace(content, 'Karel Voorzitter', 'Vera Voorzit')",
        "UPDATE signed_decision SET content = replace(content, 'CO-', 'XX-')",
        "UPDATE signed_decision SET signature = 'AAAA' || substr(signature, 5)",
        "UPDATE signed_decision SET key_id = NULL",
        "UPDATE signed_decision SET signed_at = '2020-01-01 00:00:00.000000'",
        "UPDATE signing_key SET public_key = 'O2onvM62pC1io6jQKm8Nc2UyFXcd4kOmOsBIoYtZ2ik='",
    ],
    ids=["degree", "signer", "meeting", "signature", "key", "time", "public-key"],
)
def test_a_version_changed_in_the_database_binds_nothing_and_freezes_the_dossier(
    team: Team, statement: str
) -> None:
    dossier_id = signed_dossier(team)
    tamper(team.database, statement)
    (version,) = team.run(team.reader, lambda s, c: signed_versions(s, dossier_id))
    assert not version.intact
    assert deviate_status(team) is Status.FREE
    with pytest.raises(TamperedRecordError, match="alleen-lezen"):
        edit_title(team, dossier_id)


def test_a_recomputed_hash_does_not_help_a_forger(team: Team) -> None:
    dossier_id = signed_dossier(team)
    with team.database.sessions() as session:
        row = session.scalar(select(SignedDecisionRow))
        assert row is not None
        forged = row.content.replace("De gemeente heeft de fout", "Niemand heeft de fout")
    from maatwerkdesk.domain.signed_record import content_hash

    tamper(
        team.database,
        "UPDATE signed_decision SET content = :c, content_hash = :h",
        c=forged,
        h=content_hash(forged.encode()),
    )
    (version,) = team.run(team.reader, lambda s, c: signed_versions(s, dossier_id))
    assert any("handtekening klopt niet" in p for p in version.problems)


def test_a_key_slipped_into_the_table_signs_nothing(team: Team) -> None:
    """A forger with the database file adds their own key as 'registered' for the chair and
    signs changed content with it: no registration in the audit trail, no valid signature."""
    dossier_id = signed_dossier(team)
    from maatwerkdesk.domain.signed_record import content_hash
    from maatwerkdesk.infra.signatures import encode_public, new_key_pair

    pair = new_key_pair()
    with team.database.sessions() as session:
        row = session.scalar(select(SignedDecisionRow))
        assert row is not None
        forged = row.content.replace("De gemeente heeft de fout", "Niemand heeft de fout")
        old_key = row.key_id
    forged = forged.replace(old_key or "", pair.id)
    tamper(
        team.database,
        "INSERT INTO signing_key (id, created_at, updated_at, revision, key_id, user_id, "
        "public_key, status) VALUES ('k', '2026-01-01', '2026-01-01', 1, :k, :u, :p, "
        "'registered')",
        k=pair.id,
        u=team.chair.id,
        p=encode_public(pair.public),
    )
    tamper(
        team.database,
        "UPDATE signed_decision SET content = :c, content_hash = :h, signature = :s, key_id = :k",
        c=forged,
        h=content_hash(forged.encode()),
        s=pair.sign(forged.encode()),
        k=pair.id,
    )
    (version,) = team.run(team.reader, lambda s, c: signed_versions(s, dossier_id))
    assert not version.intact
    assert deviate_status(team) is Status.FREE


def test_a_deleted_signature_row_shows_and_freezes_the_dossier(team: Team) -> None:
    dossier_id = signed_dossier(team)
    tamper(team.database, "DELETE FROM signed_decision WHERE dossier_id = :d", d=dossier_id)
    problems = team.run(team.reader, lambda s, c: integrity_problems(s, dossier_id))
    assert any("ontbreken" in p for p in problems)
    with pytest.raises(TamperedRecordError):
        edit_title(team, dossier_id)


def test_changed_facts_of_a_signed_dossier_show(team: Team) -> None:
    dossier_id = signed_dossier(team)
    tamper(team.database, "UPDATE dossier SET title = 'Iets anders' WHERE id = :d", d=dossier_id)
    problems = team.run(team.reader, lambda s, c: integrity_problems(s, dossier_id))
    assert any("feiten" in p for p in problems)


def test_only_a_functioneel_beheerder_resolves_and_then_the_dossier_is_decided_anew(
    team: Team,
) -> None:
    dossier_id = signed_dossier(team)
    tamper(team.database, "UPDATE signed_decision SET content = replace(content, 'De', 'Het')")
    with pytest.raises(PermissionDeniedError):
        team.run(team.chair, lambda s, c: integrity.resolve(s, c, dossier_id, "Gezien."))
    with pytest.raises(DomainError, match="Leg vast"):
        team.run(team.admin, lambda s, c: integrity.resolve(s, c, dossier_id, " "))
    resolved = team.run(
        team.admin,
        lambda s, c: integrity.resolve(s, c, dossier_id, "Gewijzigd na een databasefout."),
    )
    assert resolved
    assert team.run(team.reader, lambda s, c: integrity_problems(s, dossier_id)) == ()
    record = team.run(team.reader, lambda s, c: dossiers.open_dossier(s, c, dossier_id))
    assert record.fields.status is DossierStatus.TER_BESPREKING
    edit_title(team, dossier_id)  # editable again, to be decided and signed anew


def test_resolving_restores_what_the_valid_signature_fixed(team: Team) -> None:
    dossier_id = signed_dossier(team)
    tamper(team.database, "UPDATE dossier SET title = 'Iets anders' WHERE id = :d", d=dossier_id)
    team.run(team.admin, lambda s, c: integrity.resolve(s, c, dossier_id, "Titel hersteld."))
    record = team.run(team.reader, lambda s, c: dossiers.open_dossier(s, c, dossier_id))
    assert record.fields.title == "Terugvordering bijstand na gemiste melding"
    assert record.fields.status is DossierStatus.BESLOTEN
    assert team.run(team.reader, lambda s, c: integrity_problems(s, dossier_id)) == ()


def set_fields(team: Team, dossier_id: str, **changes: str) -> None:
    def work(session, context):  # type: ignore[no-untyped-def]
        record = dossiers.open_dossier(session, context, dossier_id)
        dossiers.update_dossier(
            session,
            context,
            dossier_id,
            replace(record.fields, **changes),
            expected_revision=record.revision,
        )

    team.run(team.caseworker, work)


def signed_with_a_deviation_clause(team: Team) -> str:
    dossier_id = prepare(team)
    set_fields(team, dossier_id, article="58 lid 1", deviation_article="58 lid 8")
    _meeting, item_id = plan(team, dossier_id)
    team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))
    return dossier_id


def test_the_deviation_clause_is_signed_with_the_facts_and_stays_as_signed(team: Team) -> None:
    dossier_id = signed_with_a_deviation_clause(team)
    (version,) = team.run(team.reader, lambda s, c: signed_versions(s, dossier_id))
    assert version.content.facts.article == "58 lid 1"
    assert version.content.facts.deviation_article == "58 lid 8"
    with pytest.raises(SignedDecisionError, match="liggen vast"):
        set_fields(team, dossier_id, deviation_article="58 lid 9")
    set_fields(team, dossier_id, notes="Nog een notitie.")  # what it does not rest on stays open


def test_a_deviation_clause_changed_outside_the_program_shows_and_is_restored(
    team: Team,
) -> None:
    dossier_id = signed_with_a_deviation_clause(team)
    tamper(team.database, "UPDATE dossier SET deviation_article = '' WHERE id = :d", d=dossier_id)
    problems = team.run(team.reader, lambda s, c: integrity_problems(s, dossier_id))
    assert any("feiten" in p for p in problems)
    team.run(team.admin, lambda s, c: integrity.resolve(s, c, dossier_id, "Artikel hersteld."))
    record = team.run(team.reader, lambda s, c: dossiers.open_dossier(s, c, dossier_id))
    assert record.fields.deviation_article == "58 lid 8"
    assert team.run(team.reader, lambda s, c: integrity_problems(s, dossier_id)) == ()


def test_a_version_signed_without_a_deviation_clause_verifies_and_keeps_it_empty(
    team: Team,
) -> None:
    """As a dossier signed before the clause existed: its content has no such key, and the
    clause cannot be filled in afterwards without a new version."""
    dossier_id = signed_dossier(team)
    (version,) = team.run(team.reader, lambda s, c: signed_versions(s, dossier_id))
    assert version.intact
    row = team.run(
        team.reader,
        lambda s, c: s.scalar(
            select(SignedDecisionRow.content).where(SignedDecisionRow.dossier_id == dossier_id)
        ),
    )
    assert "deviation_article" not in row
    assert team.run(team.reader, lambda s, c: integrity_problems(s, dossier_id)) == ()
    with pytest.raises(SignedDecisionError):
        set_fields(team, dossier_id, deviation_article="58 lid 8")


# --- keys --------------------------------------------------------------------------------


def test_a_chair_without_a_registered_key_cannot_sign(team: Team) -> None:
    dossier_id = prepare(team)
    _meeting, item_id = plan(team, dossier_id)
    with team.database.engine.begin() as connection:
        connection.execute(text("DELETE FROM signing_key"))
    check = team.run(team.chair, lambda s, c: signing.sign_check(s, c, item_id))
    assert any("nog geen ondertekeningssleutel" in p for p in check.problems)
    key = team.run(team.chair, signing_keys.create_key)
    check = team.run(team.chair, lambda s, c: signing.sign_check(s, c, item_id))
    assert any("nog niet geregistreerd" in p and key.fingerprint in p for p in check.problems)
    with pytest.raises(PermissionDeniedError):
        team.run(team.chair, lambda s, c: signing_keys.register_key(s, c, key.key_id))
    team.run(team.admin, lambda s, c: signing_keys.register_key(s, c, key.key_id))
    team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))


def test_without_a_keyring_no_key_is_made(team: Team) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    try:
        with pytest.raises(DomainError, match="geen sleutelbos"):
            team.run(team.other_chair, signing_keys.create_key)
        state = team.run(team.chair, signing_keys.my_key)
        assert state.state is signing_keys.KeyState.ELSEWHERE
    finally:
        keyring.set_keyring(previous)


def test_a_new_key_made_elsewhere_is_what_the_chair_is_told_about(
    team: Team, memory_keyring: MemoryKeyring
) -> None:
    """At a workstation without their registered key, a chair makes a new one: from then on
    its fingerprint, waiting for registration, is what they see and read out, while the
    registered key still signs where it is."""
    dossier_id = prepare(team)
    _meeting, item_id = plan(team, dossier_id)
    kept = dict(memory_keyring.items)
    memory_keyring.items.clear()
    assert team.run(team.chair, signing_keys.my_key).state is signing_keys.KeyState.ELSEWHERE
    new = team.run(team.chair, signing_keys.create_key)
    mine = team.run(team.chair, signing_keys.my_key)
    assert (mine.state, mine.key) == (signing_keys.KeyState.PENDING, new)
    check = team.run(team.chair, lambda s, c: signing.sign_check(s, c, item_id))
    assert check.needs_key
    assert any("nog niet geregistreerd" in p and new.fingerprint in p for p in check.problems)
    memory_keyring.items.update(kept)  # back at the workstation with the registered key
    team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))


def test_a_new_key_revokes_the_old_one_but_keeps_what_it_signed(team: Team) -> None:
    dossier_id = signed_dossier(team)
    team.give_key(team.chair)
    with team.database.sessions() as session:
        statuses = sorted(session.scalars(select(SigningKeyRow.status)))
    assert statuses.count("revoked") == 1
    (version,) = team.run(team.reader, lambda s, c: signed_versions(s, dossier_id))
    assert version.intact


# --- the guarded sign-off ----------------------------------------------------------------


def test_a_deviation_on_a_route_that_is_not_applicable_needs_a_motivated_override(
    team: Team,
) -> None:
    dossier_id = prepare(team)
    meeting_id, item_id = plan(team, dossier_id)
    from maatwerkdesk.domain.assessment import Answer, CriterionAnswer
    from maatwerkdesk.services import assessments, meetings

    def knock_out(session, context):  # type: ignore[no-untyped-def]
        state = assessments.load_assessment(session, context, dossier_id)
        answers = dict(state.assessment.answers)
        for link in state.catalogue.route("pw-58-8").criteria:
            if link.knockout:
                answers[link.id] = CriterionAnswer(link.id, Answer.NOT_MET, "Niet voldaan.")
        assessments.save_assessment(
            session, context, dossier_id, replace(state.assessment, answers=answers)
        )

    team.run(team.caseworker, knock_out)
    check = team.run(team.chair, lambda s, c: signing.sign_check(s, c, item_id))
    assert check.override and any("Gemotiveerd afwijken van de toets" in p for p in check.problems)
    with pytest.raises(DomainError, match="langs de gekozen route niet worden afgeweken"):
        team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))

    def motivate(session, context):  # type: ignore[no-untyped-def]
        record = meetings.load_meeting(session, meeting_id).agenda[0].record
        meetings.record_item(
            session,
            context,
            item_id,
            replace(record, decision=PARTIAL, override_motivation="Het overleg weegt X zwaarder."),
        )

    [before] = [
        f for f in shown_everywhere(team, dossier_id)[0].findings if f.id == "criteria-not-met"
    ]
    assert before.severity is Severity.HIGH and before.advice
    team.run(team.secretary, motivate)
    signed = team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))
    assert signed.override is not None
    assert signed.override.motivation == "Het overleg weegt X zwaarder."
    assert [g.value for g in signed.override.grounds] == ["route-not-applicable"]
    check, data, _text, _document = shown_everywhere(team, dossier_id)
    [after] = [f for f in check.findings if f.id == "criteria-not-met"]
    assert after.severity is Severity.INFO and not after.advice
    assert after.statement.endswith(
        "gemotiveerd afgeweken van de toets: Het overleg weegt X zwaarder."
    )
    [shown] = [f for f in data["indicators"] if f["id"] == "criteria-not-met"]
    assert shown["severity"] == Severity.INFO.value and "weegt X zwaarder" in shown["statement"]
