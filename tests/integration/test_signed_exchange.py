"""`maatwerkdesk/3` carries a dossier completely, signatures included: export, import into an
empty database and export again gives the same document; a forged version refuses the
import; `maatwerkdesk verify` checks a JSON export or a decision PDF without a database."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from backends import Databases
from conference_team import FACTORS, FACTORS_A, Team, plan, prepare, ship
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from precedent_fixtures import TEST_ROUTE, choose_route
from profiles import Profile
from test_cli import run

from maatwerkdesk.domain.conference import ActionItem, Stance
from maatwerkdesk.domain.dossier import DossierFields, TimelineEntry
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.exchange import document_to_json
from maatwerkdesk.domain.precedent import Outcome, Status
from maatwerkdesk.domain.vocabulary import DossierStatus, TimelineKind
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.reports.pdf_document import render_pdf
from maatwerkdesk.services import (
    demo,
    document_export,
    dossiers,
    exchange,
    meetings,
    precedents,
    signing,
)
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.integrity import broken_dossiers
from maatwerkdesk.services.signed import signed_versions

SYSTEM = Context(actor="test", origin="test", today=date(2026, 11, 28))


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship(tmp_path, monkeypatch)


@pytest.fixture
def team(database: Database) -> Team:
    return Team(database)


def signed_twice(team: Team) -> str:
    """A dossier advised on, signed in a meeting, then amended by the other chair."""
    dossier_id = prepare(team)
    meeting_id, item_id = plan(team, dossier_id)
    team.run(team.legal, lambda s, c: meetings.give_advice(s, c, item_id, Stance.SUPPORT, "Ja."))
    team.run(team.income, lambda s, c: meetings.declare_conflict(s, c, item_id))

    def record(session, context):  # type: ignore[no-untyped-def]
        item = meetings.load_meeting(session, meeting_id).item(item_id)
        assert item is not None
        meetings.record_item(
            session,
            context,
            item_id,
            replace(
                item.record,
                dissent="Fictief: twijfel over de hoogte.",
                actions=(ActionItem("Anouk Verhoef", "Besluit versturen", date(2026, 12, 10)),),
            ),
        )

    team.run(team.secretary, record)
    signed = team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))
    team.run(
        team.other_chair,
        lambda s, c: signing.amend(s, c, dossier_id, signed.decision, "Fictief: tikfout."),
    )
    team.run(
        team.caseworker,
        lambda s, c: dossiers.add_timeline_entry(
            s, c, dossier_id, TimelineEntry(date(2026, 11, 28), TimelineKind.NOTE, "Later feit.")
        ),
    )
    return dossier_id


def exported(database: Database, dossier_id: str) -> dict[str, Any]:
    with database.sessions.begin() as session:
        return exchange.export_dossier(session, SYSTEM, dossier_id)


def imported(database: Database, document: dict[str, Any], source: str = "export.json") -> None:
    data = json.loads(document_to_json(document))
    with database.sessions.begin() as session:
        exchange.import_documents(session, SYSTEM, [(source, data)])


def without_time(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "exported_at"}


def test_a_signed_dossier_comes_back_whole_in_an_empty_database(
    team: Team, databases: Databases
) -> None:
    dossier_id = signed_twice(team)
    first = exported(team.database, dossier_id)
    assert first["format"] == "maatwerkdesk/3"
    assert len(first["dossiers"][0]["record"]["versions"]) == 2
    target = open_database(databases.fresh("leeg"))
    try:
        imported(target, first)
        again = exported(target, dossier_id)
        assert without_time(again) == without_time(first)
        with target.reads() as session:
            versions = signed_versions(session, dossier_id)
            assert [v.intact for v in versions] == [True, True]
            assert [v.key_registered for v in versions] == [False, False]
            assert broken_dossiers(session) == []

        def similar(session, context):  # type: ignore[no-untyped-def]
            new = dossiers.create_dossier(
                session, context, DossierFields(title="Vergelijkbaar", regulation="Participatiewet")
            ).id
            choose_route(session, context, new, TEST_ROUTE)
            return precedents.save_factors(session, context, new, FACTORS, FACTORS_A)

        with target.sessions.begin() as session:
            state = similar(session, SYSTEM)
        assert state.report is not None
        assert state.report.outcomes[Outcome.DEVIATE].status is Status.FORCED
    finally:
        target.close()


@pytest.mark.parametrize(
    ("field", "old", "new"),
    [
        ("content", "De gemeente heeft de fout", "Niemand heeft de fout"),
        ("content", "Karel Voorzitter", "Vera Voorzit"),
        ("signature", "", ""),
    ],
)
def test_a_forged_version_refuses_the_whole_import(
    team: Team, databases: Databases, field: str, old: str, new: str
) -> None:
    dossier_id = signed_twice(team)
    document = exported(team.database, dossier_id)
    version = document["dossiers"][0]["record"]["versions"][0]
    if field == "signature":
        raw = bytearray(base64.b64decode(version["signature"]))
        raw[0] ^= 1
        version["signature"] = base64.b64encode(bytes(raw)).decode()
    else:
        assert old in version[field]
        version[field] = version[field].replace(old, new)
    target = open_database(databases.fresh("leeg"))
    try:
        with pytest.raises(ValidationError, match="handtekening van deze besluitversie klopt niet"):
            imported(target, document)
        with target.reads() as session:
            assert dossiers.count_dossiers(session, dossiers.DossierQuery()) == 0
    finally:
        target.close()


def test_an_export_from_before_the_deviation_clause_imports_with_its_signatures(
    team: Team, databases: Databases
) -> None:
    """A file written before dossiers had `deviation_article`: its dossier and signed
    versions lack it, and still import and verify."""
    dossier_id = signed_twice(team)
    document = exported(team.database, dossier_id)
    fields = document["dossiers"][0]["fields"]
    assert fields["deviation_article"] == ""  # nothing named: no key in the signed content
    del fields["deviation_article"]
    assert "deviation_article" not in json.dumps(document["dossiers"][0]["record"]["versions"])
    target = open_database(databases.fresh("oud"))
    try:
        imported(target, document)
        with target.reads() as session:
            assert [v.intact for v in signed_versions(session, dossier_id)] == [True, True]
            assert broken_dossiers(session) == []
        with target.sessions.begin() as session:
            record = dossiers.open_dossier(session, SYSTEM, dossier_id)
        assert record.fields.deviation_article == ""
        assert record.fields.article == "58 lid 8"
    finally:
        target.close()


def test_a_key_already_known_under_another_public_key_is_a_forgery(
    team: Team, databases: Databases
) -> None:
    dossier_id = signed_twice(team)
    document = exported(team.database, dossier_id)
    other = team.give_key(team.other_chair)  # a real key of someone else
    with team.database.reads() as session:
        from sqlalchemy import select

        from maatwerkdesk.persistence.models import SigningKeyRow

        public = session.scalar(
            select(SigningKeyRow.public_key).where(SigningKeyRow.key_id == other)
        )
    document["keys"][0]["public_key"] = public
    target = open_database(databases.fresh("leeg"))
    try:
        with pytest.raises(ValidationError, match="klopt niet"):
            imported(target, document)
    finally:
        target.close()


def test_a_besloten_dossier_without_its_signature_is_refused_and_v1_files_close_it(
    team: Team, databases: Databases
) -> None:
    dossier_id = signed_twice(team)
    document = exported(team.database, dossier_id)
    stripped = json.loads(json.dumps(document))
    stripped["dossiers"][0]["record"]["versions"] = []
    target = open_database(databases.fresh("leeg"))
    try:
        with pytest.raises(ValidationError, match="geen ondertekend besluit"):
            imported(target, stripped)
        version_1 = {
            "format": "maatwerkdesk/1",
            "exported_at": document["exported_at"],
            "dossiers": [
                {k: v for k, v in d.items() if k != "record"} for d in document["dossiers"]
            ],
        }
        data = json.loads(document_to_json(version_1))
        with target.sessions.begin() as session:
            report = exchange.import_documents(session, SYSTEM, [("oud.json", data)])
        assert report.closed_without_decision == (document["dossiers"][0]["reference"],)
        with target.reads() as session:
            (listed,) = dossiers.list_dossiers(session, dossiers.DossierQuery())
        assert listed.id == dossier_id and listed.status is DossierStatus.AFGESLOTEN
    finally:
        target.close()


def test_every_demo_dossier_round_trips(databases: Databases) -> None:
    source = open_database(databases.fresh("bron"))
    target = open_database(databases.fresh("doel"))
    try:
        with source.sessions.begin() as session:
            demo.add_demo_dossiers(session, SYSTEM, 40, 7)
            ids = [r.id for r in dossiers.list_dossiers(session, dossiers.DossierQuery())]
        documents = [exported(source, i) for i in ids]
        data = [
            (f"{i}.json", json.loads(document_to_json(d)))
            for i, d in zip(ids, documents, strict=True)
        ]
        with target.sessions.begin() as session:
            exchange.import_documents(session, SYSTEM, data)
        again = [exported(target, i) for i in ids]
        assert [without_time(d) for d in again] == [without_time(d) for d in documents]
        with target.reads() as session:
            assert broken_dossiers(session) == []
    finally:
        source.close()
        target.close()


_text = st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=80)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(title=_text, knelpunt=_text, seed=st.integers(0, 10**6))
def test_generated_dossiers_round_trip(
    databases: Databases, title: str, knelpunt: str, seed: int
) -> None:
    """Demo dossiers drawn from a generated seed, one with generated texts: each of them
    comes back as it was exported."""
    made = databases.fresh("bron"), databases.fresh("doel")
    source, target = map(open_database, made)
    try:
        with source.sessions.begin() as session:
            demo.add_demo_dossiers(session, SYSTEM, 6, seed)
            ids = [r.id for r in dossiers.list_dossiers(session, dossiers.DossierQuery())]
            chosen = ids[seed % len(ids)]
            record = dossiers.open_dossier(session, SYSTEM, chosen)
        try:
            with source.sessions.begin() as session:
                dossiers.update_dossier(
                    session,
                    SYSTEM,
                    chosen,
                    replace(record.fields, title=title or "t", knelpunt=knelpunt),
                    expected_revision=record.revision,
                )
        except DomainError:
            pass  # a decided dossier keeps its facts, or the text breaks a rule: as generated
        documents = [exported(source, i) for i in ids]
        assume(all(d["dossiers"] for d in documents))
        data = [(f"{n}.json", json.loads(document_to_json(d))) for n, d in enumerate(documents)]
        with target.sessions.begin() as session:
            exchange.import_documents(session, SYSTEM, data)
        again = [exported(target, i) for i in ids]
        assert [without_time(d) for d in again] == [without_time(d) for d in documents]
    finally:
        source.close()
        target.close()
        for database in made:
            databases.discard(database)


def test_verify_checks_a_json_export_and_a_decision_pdf(team: Team, tmp_path: Path) -> None:
    dossier_id = signed_twice(team)
    document = exported(team.database, dossier_id)
    good = tmp_path / "besluit.json"
    good.write_bytes(document_to_json(document))
    result = run(Profile(tmp_path / "profiel"), "verify", good)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and all("de handtekening klopt" in line for line in lines)
    assert "Ondertekend door Karel Voorzitter" in lines[0]
    assert "Ondertekend door Vera Voorzit" in lines[1]

    forged = json.loads(json.dumps(document))
    version = forged["dossiers"][0]["record"]["versions"][1]
    version["content"] = version["content"].replace("De gemeente", "Het Rijk")
    bad = tmp_path / "vervalst.json"
    bad.write_bytes(document_to_json(forged))
    result = run(Profile(tmp_path / "profiel"), "verify", bad)
    assert result.returncode == 2
    assert "KLOPT NIET" in result.stdout and "versie 2" in result.stderr

    with team.database.sessions.begin() as session:
        pdf_document = document_export.load_decision_document(
            session, SYSTEM, dossier_id, date(2026, 12, 5)
        )
    pdf = tmp_path / "besluit.pdf"
    pdf.write_bytes(render_pdf(pdf_document))
    result = run(Profile(tmp_path / "profiel"), "verify", pdf)
    assert result.returncode == 0, result.stderr
    assert "versie 2: Ondertekend door Vera Voorzit" in result.stdout

    data = pdf.read_bytes()
    start = data.index(b"MaatwerkDesk-besluit:") + len(b"MaatwerkDesk-besluit:")
    payload = json.loads(base64.b64decode(data[start : data.index(b")", start)]))
    payload["content"] = payload["content"].replace("De gemeente", "Het Rijk")
    changed = base64.b64encode(json.dumps(payload).encode())
    tampered = tmp_path / "gewijzigd.pdf"
    tampered.write_bytes(data[:start] + changed + data[data.index(b")", start) :])
    result = run(Profile(tmp_path / "profiel"), "verify", tampered)
    assert result.returncode == 2 and "KLOPT NIET" in result.stdout

    with team.database.sessions.begin() as session:
        pseudonymised = document_export.load_decision_document(
            session, SYSTEM, dossier_id, date(2026, 12, 5), pseudonymised=True
        )
    anonymous = tmp_path / "pseudoniem.pdf"
    anonymous.write_bytes(render_pdf(pseudonymised))
    result = run(Profile(tmp_path / "profiel"), "verify", anonymous)
    assert result.returncode == 2 and "geen vastgelegd besluit" in result.stderr


# Structural mutations of a real export: values swapped for other JSON, keys dropped or
# added, lists doubled.
_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def _paths(node: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*path, index))
    return found


def _mutated(document: dict[str, Any], data: st.DataObject) -> object:
    changed: Any = json.loads(json.dumps(document))
    for _ in range(data.draw(st.integers(1, 3))):
        paths = [p for p in _paths(changed) if p]
        path = data.draw(st.sampled_from(paths))
        parent = changed
        for step in path[:-1]:
            parent = parent[step]
        key = path[-1]
        how = data.draw(st.sampled_from(["value", "drop", "extra", "double"]))
        if how == "value":
            parent[key] = data.draw(_VALUES)
        elif how == "drop" and isinstance(parent, dict):
            del parent[key]
        elif how == "extra" and isinstance(parent, dict):
            parent["onbekend"] = data.draw(_VALUES)
        elif isinstance(parent[key], list):
            parent[key] = parent[key] * 2
    return changed


@pytest.fixture(scope="module")
def signed_export(
    module_databases: Databases, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    monkeypatch = pytest.MonkeyPatch()
    folder = tmp_path_factory.mktemp("signed")
    ship(folder, monkeypatch)
    import keyring
    from memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    database = open_database(module_databases.fresh("bron"))
    try:
        team = Team(database)
        return exported(database, signed_twice(team))
    finally:
        database.close()
        keyring.set_keyring(previous)
        monkeypatch.undo()


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_mutated_exports_are_refused_or_imported_never_a_crash(
    signed_export: dict[str, Any], databases: Databases, data: st.DataObject
) -> None:
    """Whatever the change, the import either refuses with a sentence naming the file, or
    stores something that checks out; a changed signed version never gets in."""
    document = _mutated(signed_export, data)
    made = databases.fresh("doel")
    try:
        _import_and_check(made, document)
    finally:
        databases.discard(made)


def _import_and_check(made: str, document: dict[str, Any]) -> None:
    target = open_database(made)
    try:
        raw = json.dumps(document, ensure_ascii=False).encode()
        with target.sessions.begin() as session:
            exchange.import_documents(
                session, SYSTEM, [("fuzz.json", exchange.parse_json(raw, "fuzz.json"))]
            )
    except DomainError as error:
        assert "fuzz.json" in str(error)
        return
    finally:
        target.close()
    target = open_database(made)
    try:
        with target.reads() as session:
            assert broken_dossiers(session) == []
    finally:
        target.close()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda record: record.update(factors=None),
            "factoren van het dossier, maar die ontbreken",
        ),
        (lambda record: record["weighing"].update(aim=None), "weging heeft onbekende"),
        (lambda record: record["weighing"].update(aim=7), "weging heeft onbekende"),
        (lambda record: record["decision"].update(motivation=None), "beslissing heeft onbekende"),
        (lambda record: record["decision"].update(reason=[1]), "beslissing heeft onbekende"),
    ],
    ids=["factors-left-out", "aim-null", "aim-number", "motivation-null", "reason-number"],
)
def test_a_record_with_a_part_left_out_or_of_the_wrong_type_is_refused(
    team: Team, databases: Databases, change: Any, message: str
) -> None:
    """Found by the fuzzing above: the factors left out of a signed dossier's record, and a
    weighing whose aim is null (it crashed the import)."""
    document = exported(team.database, signed_twice(team))
    record = document["dossiers"][0]["record"]
    if record.get("weighing") is None:
        record["weighing"] = {
            "nature": "unknown",
            "aim": "",
            "steps": {},
            "alternatives": {},
            "interests": {},
            "intensity": {},
        }
    change(record)
    target = open_database(databases.fresh("leeg"))
    try:
        with pytest.raises(ValidationError, match=message):
            imported(target, document)
    finally:
        target.close()
