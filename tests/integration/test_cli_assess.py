"""`assess` and `catalogue validate|add` through the real command line (test_cli.py).

The helpers are those of test_cli.py: each run gets a `--profile` folder, a user error exits
with code 2 and a Dutch message on stderr, and a refused file leaves the database as it was.
The `assess --json` output, a signed decision's included, is checked against
docs/schemas/assess-output.schema.json.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from audit_counts import AUDIT_TABLES
from backends import open_existing
from catalogue_samples import SMALL_CATALOGUE, variant
from profiles import Profile, Profiles
from signing_helpers import give_key, sign_overriding
from test_cli import ok, rows, run, state

from maatwerkdesk.domain.assessment import (
    Answer,
    CriterionAnswer,
    EvidenceKind,
    EvidenceLink,
    GateAnswer,
    GateState,
)
from maatwerkdesk.domain.criteria_check import Applicability, GateStatus
from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.dossier import DossierFields, TimelineEntry
from maatwerkdesk.domain.people import Role
from maatwerkdesk.domain.precedent import Side
from maatwerkdesk.domain.vocabulary import DossierStatus, TimelineKind
from maatwerkdesk.services import (
    assessments,
    catalogues,
    dossiers,
    meetings,
    precedents,
    users,
)
from maatwerkdesk.services.context import Context

DOCS = Path(__file__).resolve().parents[2] / "docs"
SCHEMA = json.loads((DOCS / "schemas" / "assess-output.schema.json").read_text("utf-8"))
SHIPPED = sorted(catalogues.BUNDLED_DIR.glob("*.toml"))
BUNDLED = SHIPPED[0]
ROUTE = "svb-dringende-redenen"
"""A route with the dringende-redenen criterion H6 as knock-out, and H6 has considerations."""
KINDERBIJSLAG = DossierFields(
    title="Terugvordering kinderbijslag na verhuizing",
    regulation="Algemene Kinderbijslagwet (AKW)",
    article="art. 24 lid 5",
)


class Assessed(NamedTuple):
    reference: str
    dossier_id: str
    timeline_id: str
    fresh: str
    """Another dossier, never assessed."""


@pytest.fixture(scope="module")
def profile(module_profiles: Profiles) -> Profile:
    made = module_profiles.new("assess")
    ok(made, "demo", "--cases", "3", "--seed", "1")
    return made


@pytest.fixture(scope="module")
def assessed(profile: Profile) -> Assessed:
    """A dossier with a saved assessment: route chosen, knock-outs met, one criterion not
    met, evidence and a note on one consideration of H6, the sluitstuk answered; and one
    without an assessment (the demo dossiers may have one, depending on their status)."""
    context = Context(actor="test-behandelaar", origin="test")
    db = open_existing(profile.target)
    try:
        with db.sessions.begin() as session:
            created = dossiers.create_dossier(session, context, KINDERBIJSLAG)
            fresh = dossiers.create_dossier(
                session,
                context,
                DossierFields(title="Sluiting woning", regulation="Opiumwet", article="art. 13b"),
            )
            entry = TimelineEntry(date.today(), TimelineKind.CONTACT, "Gesprek over de verhuizing.")
            (logged,) = dossiers.add_timeline_entry(session, context, created.id, entry).timeline
            loaded = assessments.load_assessment(session, context, created.id)
            route = loaded.catalogue.route(ROUTE)
            assert route is not None
            knockouts = [link.id for link in route.criteria if link.knockout]
            others = [link.id for link in route.criteria if not link.knockout]
            factor = loaded.catalogue.criterion("H6").considerations[0].id
            answers = {k: CriterionAnswer(k, Answer.MET, f"Voldaan: {k}.") for k in knockouts} | {
                "H6": CriterionAnswer(
                    "H6",
                    Answer.MET,
                    "De melding van de verhuizing is niet verwerkt.",
                    (EvidenceLink(EvidenceKind.TIMELINE, logged.id),),
                    ((factor, "Gewogen in het gesprek."),),
                ),
                others[0]: CriterionAnswer(others[0], Answer.NOT_MET, "Niet aannemelijk."),
            }
            gate = {
                item.id: GateAnswer(item.id, GateState.TRIED, "Aangeboden, helpt niet.")
                for item in loaded.catalogue.gate[:-1]
            }
            last = loaded.catalogue.gate[-1].id
            gate[last] = GateAnswer(last, GateState.NOT_TRIED, "")
            chosen = replace(
                loaded.assessment,
                power="eigen-clausule",
                route=ROUTE,
                answers=answers,
                gate=gate,
            )
            assessments.save_assessment(session, context, created.id, chosen)
    finally:
        db.close()
    return Assessed(created.reference, created.id, logged.id, fresh.reference)


@pytest.fixture
def target(profile: Profile, assessed: Assessed, profiles: Profiles) -> Profile:
    """A copy of the demo profile (with the assessed dossier), for tests that write to it."""
    return profiles.copy(profile, "target")


def assess_json(profile: Profile, reference: str) -> dict[str, Any]:
    document = json.loads(ok(profile, "assess", reference, "--json"))
    assert isinstance(document, dict)
    return document


def audit_of(profile: Profile, dossier_id: str) -> list[tuple[str, str, str, str]]:
    query = (
        "SELECT action, name, object_type, origin FROM audit_record WHERE dossier_id = :id "
        "ORDER BY at, created_at"
    )
    return rows(profile, query, id=dossier_id)


def installed(profile: Profile) -> list[tuple[str, str, str, str]]:
    query = "SELECT catalogue_id, version, origin, content FROM catalogue_file ORDER BY 1, 2"
    return rows(profile, query)


def line_of(text: str, fragment: str) -> int:
    return next(n + 1 for n, line in enumerate(text.splitlines()) if fragment in line)


def validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    return jsonschema.Draft202012Validator(SCHEMA)


# --- assess ---------------------------------------------------------------------------------


def test_assess_json_of_a_dossier_without_an_assessment(
    profile: Profile, assessed: Assessed
) -> None:
    reference = assessed.fresh
    document = assess_json(profile, reference)
    validator().validate(document)
    assert document["case"] == reference
    route = document["route"]
    assert route["id"] is None and route["label"] is None and route["power"] is None
    assert route["catalogue"] == catalogues.DEFAULT_CRITERIA_CATALOGUE
    assert route["applicable"] == "undetermined"
    assert (route["missing"], route["answered"], route["total"]) == ([], 0, 0)
    assert document["criteria"] == []
    assert {i["state"] for i in document["sluitstuk"]["items"]} == {"unknown"}
    assert document["sluitstuk"]["status"] == "open"


def test_assess_json_of_an_assessed_dossier(profile: Profile, assessed: Assessed) -> None:
    document = assess_json(profile, assessed.reference)
    validator().validate(document)
    assert document["case"] == assessed.reference
    route, criteria = document["route"], document["criteria"]
    assert {"id", "catalogue", "catalogue_version", "applicable", "missing"} <= set(route)
    assert (route["id"], route["power"]) == (ROUTE, "eigen-clausule")
    assert route["suggested"]["id"] == ROUTE
    assert route["catalogue"] == catalogues.DEFAULT_CRITERIA_CATALOGUE
    assert route["newer_catalogue_version"] is None
    for criterion in criteria:
        assert {"id", "answer", "knockout"} <= set(criterion)
    knockouts = [c for c in criteria if c["knockout"]]
    assert knockouts and {c["answer"] for c in knockouts} == {"met"}
    assert route["applicable"] == "yes"
    assert route["failed_knockouts"] == route["blocking"] == []
    unknown = [c["id"] for c in criteria if c["answer"] == "unknown"]
    assert route["missing"] == unknown
    assert route["total"] == len(criteria) == route["answered"] + len(unknown)
    assert next(c["answer"] for c in criteria if not c["knockout"]) == "not_met"
    (h6,) = [c for c in criteria if c["id"] == "H6"]
    assert h6["knockout"] and h6["answer"] == "met"
    assert h6["evidence"] == [{"kind": "timeline", "id": assessed.timeline_id}]
    assert h6["motivation"] == "De melding van de verhuizing is niet verwerkt."
    notes = [c["note"] for c in h6["considerations"]]
    assert notes == ["Gewogen in het gesprek."] + [""] * (len(notes) - 1)
    sluitstuk = document["sluitstuk"]
    assert sluitstuk["status"] == "not_satisfied"
    assert sluitstuk["items"][-1]["state"] == "not_tried"
    assert route["explanation"][-1] == sluitstuk["explanation"]


def test_assess_as_text(profile: Profile, assessed: Assessed) -> None:
    text = ok(profile, "assess", assessed.reference)
    assert text.startswith(
        f"Dossier {assessed.reference} — catalogus {catalogues.DEFAULT_CRITERIA_CATALOGUE} versie "
    )
    assert "Uitkomst: Afwijken kan langs deze route" in text
    assert "· hard criterium: voldaan" in text
    assert "Aan een hard criterium moet zijn voldaan" in text
    for heading in ("Maatwerk: afwijken van de regel — ", "De algemene regel toepassen — "):
        assert any(line.startswith(heading) for line in text.splitlines()), heading


def test_assess_records_the_read_and_changes_nothing_else(
    profile: Profile, assessed: Assessed
) -> None:
    before_audit = audit_of(profile, assessed.dossier_id)
    before = state(profile)
    ok(profile, "assess", assessed.reference, "--json")
    after = state(profile)
    added = audit_of(profile, assessed.dossier_id)[len(before_audit) :]
    assert [(a, n, t) for a, n, t, _ in added] == [("R", "assessment.read", "assessment")]
    assert added[0][3].startswith("cli/")
    assert after[1] == before[1] + 1

    def without_audit(rows: dict[str, list[str]]) -> dict[str, list[str]]:
        return {table: r for table, r in rows.items() if table not in AUDIT_TABLES}

    assert without_audit(after[2]) == without_audit(before[2])


def test_assess_of_an_unknown_reference(profile: Profile) -> None:
    before = state(profile)
    result = run(profile, "assess", "MW-1999-00001", "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == "maatwerkdesk: Er is geen dossier met kenmerk 'MW-1999-00001'.\n"
    assert state(profile) == before


def test_indicators_judge_the_outcome_asked_for(profile: Profile, assessed: Assessed) -> None:
    plain = assess_json(profile, assessed.reference)
    assert plain["indicators_outcome"] is None and plain["indicators"] == []
    asked = json.loads(ok(profile, "assess", assessed.reference, "--json", "--outcome", "deviate"))
    assert asked["indicators_outcome"] == "deviate"
    ids = [finding["id"] for finding in asked["indicators"]]
    assert "single-decider" in ids and "balance-unweighed" in ids
    order = ["critical", "high", "medium", "low", "info"]
    ranks = [order.index(finding["severity"]) for finding in asked["indicators"]]
    assert ranks == sorted(ranks)
    assert_schema_names_every_key(asked, SCHEMA)
    text = ok(profile, "assess", assessed.reference, "--outcome", "generic")
    assert "Willekeur-indicatoren bij het toepassen van de algemene regel:" in text
    refused = run(profile, "assess", assessed.reference, "--outcome", "misschien")
    assert refused.returncode == 2 and "--outcome" in refused.stderr


@pytest.mark.parametrize(
    "verb", [["assess"], ["catalogue"], ["catalogue", "validate"], ["catalogue", "add"]]
)
def test_help_of_the_new_verbs(verb: list[str], tmp_path: Path) -> None:
    result = run(Profile(tmp_path / "profiel"), *verb, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("gebruik: maatwerkdesk")


# --- the output's schema and documentation ------------------------------------------------


def _definition(node: dict[str, Any]) -> dict[str, Any]:
    """`node` with a reference into $defs followed, or an anyOf narrowed to its object or list."""
    if "$ref" in node:
        return _definition(SCHEMA["$defs"][node["$ref"].split("/")[-1]])
    options = [_definition(n) for n in node.get("anyOf", [])]
    return next((n for n in options if n.get("type") in ("object", "array")), node)


def assert_schema_names_every_key(value: object, node: dict[str, Any], path: str = "$") -> None:
    """Every key written is a property of the schema, required, and every property is written."""
    node = _definition(node)
    if isinstance(value, list):
        for item in value:
            assert_schema_names_every_key(item, node["items"], f"{path}[]")
    elif isinstance(value, dict):
        assert node.get("type") == "object", path
        assert sorted(node["properties"]) == sorted(value), path
        assert sorted(node["required"]) == sorted(value), path
        for key, item in value.items():
            assert_schema_names_every_key(item, node["properties"][key], f"{path}.{key}")


def documented_examples() -> list[Any]:
    text = (DOCS / "assess-output.md").read_text("utf-8")
    return [json.loads(block) for block in re.findall(r"```json\n(.*?)```", text, re.DOTALL)]


def test_the_schema_names_exactly_the_keys_assess_writes(
    profile: Profile, assessed: Assessed
) -> None:
    for reference in (assessed.reference, assessed.fresh):
        assert_schema_names_every_key(assess_json(profile, reference), SCHEMA)


def test_the_schema_enums_match_the_code() -> None:
    defs = SCHEMA["$defs"]
    assert defs["route"]["properties"]["applicable"]["enum"] == [a.value for a in Applicability]
    assert defs["criterion"]["properties"]["answer"]["enum"] == [a.value for a in Answer]
    assert defs["evidenceLink"]["properties"]["kind"]["enum"] == [k.value for k in EvidenceKind]
    assert defs["gateItem"]["properties"]["state"]["enum"] == [s.value for s in GateState]
    assert defs["sluitstuk"]["properties"]["status"]["enum"] == [s.value for s in GateStatus]


def test_the_documented_examples_are_valid_output() -> None:
    examples = documented_examples()
    assert len(examples) == 2
    for example in examples:
        validator().validate(example)
        assert_schema_names_every_key(example, SCHEMA)
    assert [e["route"]["applicable"] for e in examples] == ["undetermined", "yes"]


def test_the_documentation_names_every_key() -> None:
    text = (DOCS / "assess-output.md").read_text("utf-8")
    keys = set(SCHEMA["properties"])
    for definition in SCHEMA["$defs"].values():
        keys |= set(definition.get("properties", {}))
    assert sorted(k for k in keys if f"`{k}`" not in text and f'"{k}"' not in text) == []


# --- catalogue validate ---------------------------------------------------------------------


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_the_shipped_catalogue_is_valid(path: Path, tmp_path: Path) -> None:
    profile = Profile(tmp_path / "profiel")
    header = tomllib.loads(path.read_text("utf-8"))
    result = run(profile, "catalogue", "validate", path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{path.name}: geldig. Catalogus '{header['id']}' versie ")
    assert result.stderr == ""
    assert not Path(profile.target).exists()  # a file check opens no database


Broken = Callable[[str], tuple[str, str, int]]
"""Makes a broken catalogue from a good one: (text, key named, line named)."""


def syntax_error(text: str) -> tuple[str, str, int]:
    lines = text.splitlines()
    index = next(n for n, line in enumerate(lines) if line.startswith('title = "'))
    lines[index] = 'title = "Afwijkingsroutes'
    return "\n".join(lines) + "\n", "", index + 1


def missing_key(text: str) -> tuple[str, str, int]:
    """The first route without its `basis`: named at the route's [[routes]] line."""
    lines = text.splitlines()
    index = next(n for n, line in enumerate(lines) if line.startswith("basis = "))
    del lines[index]
    header = max(n for n in range(index) if lines[n].strip() == "[[routes]]")
    return "\n".join(lines) + "\n", "routes[0].basis", header + 1


def appended(section: str, table: str, key: str, fragment: str) -> Broken:
    """A table added at the end of the file, with the problem on the line of `fragment`."""

    def make(text: str) -> tuple[str, str, int]:
        index = sum(1 for line in text.splitlines() if line.strip() == f"[[{section}]]")
        broken = f"{text}\n[[{section}]]\n{table}"
        return broken, f"{section}[{index}].{key}", line_of(broken, fragment)

    return make


UNKNOWN_ROUTE = appended(
    "powers",
    'id = "proef"\nlabel = "Proef"\nroute = "bestaat-niet"\nreason = "Alleen voor de test."\n',
    "route",
    'route = "bestaat-niet"',
)
UNKNOWN_CRITERION = appended(
    "routes",
    'id = "proef"\nlabel = "Proef"\nbasis = "Geen"\nkind = "deviation"\n'
    'description = "Alleen voor de test."\ncriteria = [{ id = "H99", knockout = true }]\n',
    "criteria[0].id",
    'criteria = [{ id = "H99"',
)
UNKNOWN_KEY = appended(
    "gate",
    'id = "proef"\nlabel = "Proef"\nquestion = "Geprobeerd?"\nvraag = "Tikfout"\n',
    "vraag",
    'vraag = "Tikfout"',
)
BROKEN: dict[str, tuple[Broken, str]] = {
    "syntax": (syntax_error, "Dit is geen geldige TOML."),
    "missing-key": (missing_key, "Dit veld ontbreekt."),
    "unknown-route": (UNKNOWN_ROUTE, "Route 'bestaat-niet' staat niet onder [[routes]]."),
    "unknown-criterion": (UNKNOWN_CRITERION, "Criterium 'H99' staat niet onder [[criteria]]."),
    "unknown-key": (UNKNOWN_KEY, "Dit veld is onbekend in dit formaat."),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_catalogue_names_file_line_and_key(case: str, tmp_path: Path) -> None:
    make, words = BROKEN[case]
    text, key, line = make(BUNDLED.read_text("utf-8"))
    path = tmp_path / "proef-routes.toml"
    path.write_text(text, "utf-8")
    result = run(Profile(tmp_path / "profiel"), "catalogue", "validate", path)
    assert result.returncode == 2, result.stdout
    assert result.stdout == ""
    heading, problem = result.stderr.splitlines()
    assert heading == "maatwerkdesk: De catalogus proef-routes.toml is niet geldig (1 probleem):"
    where = f"proef-routes.toml, regel {line}" + (f" ({key}): " if key else ": ")
    assert problem.startswith(where), problem
    assert words in problem
    assert "Traceback" not in result.stderr


def test_every_problem_in_a_file_is_reported(tmp_path: Path) -> None:
    text, missing, missing_line = missing_key(BUNDLED.read_text("utf-8"))
    text, unknown, unknown_line = UNKNOWN_KEY(text)
    path = tmp_path / "twee-fouten.toml"
    path.write_text(text, "utf-8")
    result = run(Profile(tmp_path / "profiel"), "catalogue", "validate", path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "maatwerkdesk: De catalogus twee-fouten.toml is niet geldig (2 problemen):",
        f"twee-fouten.toml, regel {missing_line} ({missing}): Dit veld ontbreekt.",
        f"twee-fouten.toml, regel {unknown_line} ({unknown}): Dit veld is onbekend in dit formaat.",
    ]


FILE_PROBLEMS: dict[str, tuple[Callable[[Path], None], str]] = {
    "latin-1": (
        lambda path: path.write_bytes(
            ("# Catalogus met één fout\n" + BUNDLED.read_text("utf-8")).encode("latin-1", "replace")
        ),
        "het bestand is geen tekst in UTF-8.",
    ),
    "missing": (lambda path: None, "dit bestand bestaat niet."),
    "folder": (lambda path: path.mkdir(), "dit is geen gewoon bestand (maar een map of apparaat)."),
}


@pytest.mark.parametrize("verb", ["validate", "add"])
@pytest.mark.parametrize("case", sorted(FILE_PROBLEMS))
def test_an_unreadable_file_gives_a_dutch_sentence(
    case: str, verb: str, target: Profile, tmp_path: Path
) -> None:
    make, words = FILE_PROBLEMS[case]
    path = tmp_path / "routes.toml"
    make(path)
    before = state(target)
    result = run(target, "catalogue", verb, path)
    assert result.returncode == 2
    assert result.stderr.startswith(f"maatwerkdesk: {path}: {words}"), result.stderr
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    assert state(target) == before


def test_a_file_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "routes.toml"
    path.write_bytes(b"\xef\xbb\xbf" + BUNDLED.read_bytes())
    result = run(Profile(tmp_path / "profiel"), "catalogue", "validate", path)
    assert result.returncode == 0, result.stderr
    assert "geldig" in result.stdout


# --- catalogue add --------------------------------------------------------------------------


def test_add_installs_a_catalogue_once(target: Profile, tmp_path: Path) -> None:
    path = tmp_path / "testroutes-1.0.toml"
    path.write_text(SMALL_CATALOGUE, "utf-8")
    before = state(target)
    assert ok(target, "catalogue", "add", path) == (
        "Catalogus nl.test.routes versie 1.0 is geïnstalleerd voor deze database.\n"
    )
    assert ("nl.test.routes", "1.0", "added", SMALL_CATALOGUE) in installed(target)
    after = state(target)
    assert after[1] == before[1] + 1  # the audit record of the installation
    assert ok(target, "catalogue", "add", path) == (
        "Catalogus nl.test.routes versie 1.0 was al geïnstalleerd; er is niets veranderd.\n"
    )
    assert state(target) == after


def test_the_shipped_catalogue_counts_as_installed(target: Profile) -> None:
    before = state(target)
    assert ok(target, "catalogue", "add", BUNDLED).endswith(
        "was al geïnstalleerd; er is niets veranderd.\n"
    )
    assert state(target) == before


@pytest.mark.parametrize("installed_first", [True, False], ids=["added", "shipped"])
def test_a_changed_file_with_the_same_id_and_version_is_refused(
    installed_first: bool, target: Profile, tmp_path: Path
) -> None:
    if installed_first:
        original = tmp_path / "testroutes-1.0.toml"
        original.write_text(SMALL_CATALOGUE, "utf-8")
        ok(target, "catalogue", "add", original)
        changed = variant(title='"Testroutes, stilletjes aangepast"')
    else:
        changed = variant(BUNDLED.read_text("utf-8"), title='"Stilletjes aangepast"')
    header = tomllib.loads(changed)
    path = tmp_path / "aangepast.toml"
    path.write_text(changed, "utf-8")
    before = state(target)
    result = run(target, "catalogue", "add", path)
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"maatwerkdesk: aangepast.toml: versie {header['version']} van catalogus "
        f"'{header['id']}' bestaat hier al met een andere inhoud."
    ), result.stderr
    assert "hoger versienummer" in result.stderr
    assert state(target) == before
    assert changed not in [row[3] for row in installed(target)]


def test_add_refuses_a_broken_file_and_stores_nothing(target: Profile, tmp_path: Path) -> None:
    text, key, line = UNKNOWN_ROUTE(BUNDLED.read_text("utf-8"))
    path = tmp_path / "kapot.toml"
    path.write_text(variant(text, version='"9999.1"'), "utf-8")
    before = state(target)
    result = run(target, "catalogue", "add", path)
    assert result.returncode == 2
    assert f"kapot.toml, regel {line} ({key}): " in result.stderr
    assert state(target) == before


def test_a_newer_version_is_offered_and_used_for_new_assessments(
    target: Profile, assessed: Assessed, tmp_path: Path
) -> None:
    document = assess_json(target, assessed.reference)
    pinned = document["route"]["catalogue_version"]
    source = next(p for p in SHIPPED if tomllib.loads(p.read_text("utf-8"))["version"] == pinned)
    newer = f"{pinned}.1"
    path = tmp_path / f"afwijkingsroutes-{newer}.toml"
    path.write_text(variant(source.read_text("utf-8"), version=f'"{newer}"'), "utf-8")
    assert ok(target, "catalogue", "add", path) == (
        f"Catalogus {catalogues.DEFAULT_CRITERIA_CATALOGUE} versie {newer} is geïnstalleerd "
        "voor deze database.\n"
    )
    again = assess_json(target, assessed.reference)
    assert again["route"]["catalogue_version"] == pinned  # pinned until re-assessed
    assert again["route"]["newer_catalogue_version"] == newer
    assert again["criteria"] == document["criteria"]
    fresh = assess_json(target, assessed.fresh)
    assert fresh["route"]["catalogue_version"] == newer
    assert fresh["route"]["newer_catalogue_version"] is None


def signed_dossier(profile: Profile) -> str:
    """A dossier with one factor and a decision, on the agenda of a meeting of the demo's
    chair, who signs it; returns its kenmerk."""
    system = Context(actor="test", origin="test")
    db = open_existing(profile.target)
    try:
        with db.sessions.begin() as session:
            fields = replace(KINDERBIJSLAG, owner="Anouk Verhoef")
            created = dossiers.create_dossier(session, system, fields)
            found = precedents.load_precedents(session, system, created.id)
            assert found.catalogue is not None
            factor = next(f.id for f in found.catalogue.factors if f.side is Side.PRO)
            precedents.save_factors(
                session, system, created.id, found.catalogue.ref, frozenset({factor})
            )
            decision = Decision(OutcomeType.FULL, motivation="Volledig tegemoetkomen.")
            precedents.save_decision(session, system, created.id, decision)
            record = dossiers.open_dossier(session, system, created.id)
            dossiers.update_dossier(
                session,
                system,
                created.id,
                replace(record.fields, status=DossierStatus.TER_BESPREKING),
                expected_revision=record.revision,
            )
            chair = next(u for u in users.list_users(session) if u.has(Role.CHAIR))
            meeting_id = meetings.plan_meeting(session, system, date.today(), chair.id, [])
            meetings.set_agenda(session, system, meeting_id, [meetings.PlannedItem(created.id)])
            item_id = meetings.load_meeting(session, meeting_id).agenda[0].id
            give_key(session, chair)
        with db.sessions.begin() as session:
            sign_overriding(session, replace(system, user=chair), item_id)
    finally:
        db.close()
    return created.reference


def test_assess_shows_the_signed_decision(target: Profile, assessed: Assessed) -> None:
    reference = signed_dossier(target)
    document = assess_json(target, reference)
    validator().validate(document)
    assert_schema_names_every_key(document, SCHEMA)
    signed = document["signed"]
    assert signed["versions"] == [{k: v for k, v in signed.items() if k != "versions"}]
    assert (signed["version"], signed["departed_from"], signed["change_reason"]) == (1, [], "")
    assert signed["meeting"].startswith("CO-") and len(signed["fingerprint"]) == 64
    assert document["precedents"]["decision"]["outcome_type"] == signed["outcome_type"] == "full"
    text = ok(target, "assess", reference)
    assert f"Ondertekend door {signed['signed_by']} op " in text
    assert f"(versie 1, overleg {signed['meeting']}); vingerafdruk {signed['fingerprint']}." in text
    assert assess_json(target, assessed.fresh)["signed"] is None
