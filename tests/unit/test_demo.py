"""Demo dossiers, users and meeting: fictitious, valid, varied and repeatable."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from maatwerkdesk.domain.assessment import Answer
from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.catalogue_loading import load_criteria_catalogue
from maatwerkdesk.domain.conference import MeetingStatus
from maatwerkdesk.domain.criteria_check import Applicability
from maatwerkdesk.domain.decision import Decision, Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.dossier import TimelineEntry, validate_fields, validate_timeline_entry
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.identifiers import normalise_bsn
from maatwerkdesk.domain.people import PERSON_ROLES, Discipline, Role
from maatwerkdesk.domain.precedent import Outcome, Status
from maatwerkdesk.domain.proportionality import VerdictValue
from maatwerkdesk.domain.route_selection import suggest_route
from maatwerkdesk.domain.vocabulary import DossierStatus, Organisation, SubjectKind, TimelineKind
from maatwerkdesk.persistence.db import open_database
from maatwerkdesk.persistence.models import (
    AssessmentRow,
    AuditRow,
    DecisionRow,
    DossierFactorsRow,
    DossierRow,
    ImportedPrecedentRow,
    ProposalRow,
    SignedDecisionRow,
    WeighingRow,
)
from maatwerkdesk.services import audit, catalogues, dossiers, groups, meetings, precedents, users
from maatwerkdesk.services.demo import add_demo_dossiers, add_demo_if_empty
from maatwerkdesk.services.demo.conference import DEMO_USERS
from maatwerkdesk.services.demo.data import NOTICE, SCENARIOS
from maatwerkdesk.services.demo.generation import (
    DECIDED_MARK,
    DECIDED_TO,
    TEST_BSN_FIRST,
    TEST_BSN_LAST,
    demo_dossiers,
    fictitious_bsn,
    is_fictitious_bsn,
    told_decision,
)
from maatwerkdesk.services.dossier_check import DossierCheck, load_check, load_checked
from maatwerkdesk.services.integrity import broken_dossiers

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def forty() -> list:
    return demo_dossiers(40, random.Random(7), NOW)


def test_same_seed_gives_the_same_dossiers() -> None:
    assert demo_dossiers(12, random.Random(3), NOW) == demo_dossiers(12, random.Random(3), NOW)
    assert demo_dossiers(12, random.Random(3), NOW) != demo_dossiers(12, random.Random(4), NOW)


def test_every_dossier_says_it_is_fictitious_and_passes_the_rules(forty) -> None:
    for demo in forty:
        assert demo.fields.notes.startswith(NOTICE)
        assert validate_fields(demo.fields, NOW.date()) == demo.fields
        assert 1 <= len(demo.timeline) <= 6
        for entry in demo.timeline:
            assert validate_timeline_entry(entry, NOW.date()) == entry
        dates = [e.occurred_on for e in demo.timeline]
        assert dates == sorted(dates) and dates[-1] <= NOW.date()
        assert demo.created_at <= demo.updated_at < NOW


def test_identifiers_are_clearly_fake(forty) -> None:
    bsns = [d.fields.subject.bsn for d in forty if d.fields.subject.bsn]
    assert len(bsns) >= 20
    for bsn in bsns:
        assert TEST_BSN_FIRST <= int(bsn) <= TEST_BSN_LAST
        assert normalise_bsn(bsn) == bsn  # passes the elfproef
    for demo in forty:
        if demo.fields.subject.kvk_number:
            assert demo.fields.subject.kvk_number.startswith("9999")


@given(st.integers(0, 2**32))
def test_fictitious_bsns_come_only_from_the_test_range(seed: int) -> None:
    bsn = fictitious_bsn(random.Random(seed))
    assert is_fictitious_bsn(bsn) and normalise_bsn(bsn) == bsn


def test_is_fictitious_bsn_rejects_real_range_and_bad_checksums() -> None:
    assert is_fictitious_bsn("999990019")
    assert not is_fictitious_bsn("111222333")  # valid elfproef, but not in the test range
    assert not is_fictitious_bsn("999990018")


def test_forty_dossiers_are_varied(forty) -> None:
    fields = [d.fields for d in forty]
    assert Counter(f.status for f in fields).keys() == set(DossierStatus)
    assert min(Counter(f.status for f in fields).values()) == 8
    leading = Counter(f.organisations[0] for f in fields)
    assert leading.keys() == set(Organisation) - {Organisation.OVERIG}
    assert len({f.regulation for f in fields}) >= 7
    assert len({f.knelpunt for f in fields}) >= 35
    assert len({f.title for f in fields}) >= 20
    assert len({f.subject.name for f in fields}) == 40
    assert 3 <= len({f.owner for f in fields}) <= 6
    kinds = Counter(f.subject.kind for f in fields)
    assert kinds[SubjectKind.PERSON] > kinds[SubjectKind.BUSINESS] > 0
    assert sum(1 for f in fields if f.doenvermogen.stressors) >= 15
    assert sum(1 for f in fields if f.doenvermogen.dimensions) >= 15
    assert {len(d.timeline) for d in forty} >= {1, 6}


def test_regulations_come_with_the_generic_article_and_the_deviation_clause(forty) -> None:
    expected = {
        "Participatiewet": {
            ("art. 58 lid 1", "art. 58 lid 8"),
            ("art. 18 lid 2", "art. 18 lid 9"),
            ("art. 18 lid 2", "art. 18 lid 10"),
            ("art. 22a", "art. 18 lid 1"),
        },
        "Algemene Ouderdomswet (AOW)": {("art. 24 lid 1", "art. 24 lid 5")},
        "Werkloosheidswet (WW)": {("art. 36 lid 1", "art. 36 (het lid over dringende redenen)")},
        "Opiumwet": {("art. 13b lid 1", "Awb art. 3:4 lid 2")},
    }
    seen = set()
    for demo in demo_dossiers(200, random.Random(1), NOW):
        fields = demo.fields
        assert fields.deviation_article, fields.regulation
        assert fields.article != fields.deviation_article
        if fields.regulation in expected:
            assert (fields.article, fields.deviation_article) in expected[fields.regulation]
            seen.add((fields.article, fields.deviation_article))
    assert seen == set().union(*expected.values())


def test_each_demo_dossier_gets_the_route_its_deviation_clause_names() -> None:
    """The catalogue's selector reads both articles: each scenario's pair leads to the route
    whose citation the deviation clause follows."""
    catalogue = load_criteria_catalogue(
        (catalogues.BUNDLED_DIR / "afwijkingsroutes-2026.2.toml").read_text("utf-8"),
        "afwijkingsroutes-2026.2.toml",
    )
    expected = {
        "art. 58 lid 8": "pw-58-8",
        "art. 18 lid 9": "pw-18-maatregel",
        "art. 18 lid 10": "pw-18-maatregel",
        "art. 18 lid 1": "pw-18-1",
        "art. 63": "awr-63",
        "art. 47 lid 1": "awir-47",
        "art. 13b lid 2": "awir-47",
        "art. 24 lid 5": "svb-dringende-redenen",
        "art. 24 (het lid over dringende redenen)": "svb-dringende-redenen",
        "Awb art. 3:4 lid 2": "awb-3-4-lid-2",
        "art. 3.6ba": "vb-3-6ba",
        "art. 36 (het lid over dringende redenen)": "uwv-dringende-redenen",
        "art. 3:56 (het lid over dringende redenen)": "uwv-dringende-redenen",
    }
    for scenario in SCENARIOS:
        for article, deviation_article in scenario.articles:
            suggestion = suggest_route(
                catalogue, None, scenario.regulation, article, deviation_article
            )
            assert suggestion is not None
            wanted = expected.get(deviation_article, "escaleren")
            assert suggestion.route == wanted, (scenario.regulation, deviation_article)


def test_no_template_placeholder_is_left_unfilled() -> None:
    for demo in demo_dossiers(300, random.Random(11), NOW):
        texts = [
            *(v for v in vars(demo.fields).values() if isinstance(v, str)),
            *(v for v in vars(demo.fields.subject).values() if isinstance(v, str)),
            demo.fields.doenvermogen.support,
            *(e.description for e in demo.timeline),
        ]
        for text in texts:
            assert "{" not in text and "}" not in text, text


def test_add_demo_dossiers_stores_audits_and_indexes(database, context) -> None:
    with database.sessions.begin() as session:
        assert add_demo_dossiers(session, context, 40, seed=5) == 40
    with database.reads() as session:
        rows = dossiers.list_dossiers(session, dossiers.DossierQuery(), limit=None)
        assert len(rows) == 40 and len({r.reference for r in rows}) == 40
        created = select(func.count()).where(AuditRow.name == "dossier.demo")
        assert session.scalar(created) == 40
        assessed = session.scalar(select(func.count(AssessmentRow.id)))
        assert 0 < assessed < 40, "intake dossiers have no route check yet, the others do"
        states = session.scalars(select(AssessmentRow.applicable)).all()
        assert {"yes"} <= set(states)
        assert dossiers.count_dossiers(session, dossiers.DossierQuery(text="fictief")) == 40
    with database.sessions.begin() as session:  # opening is audited: a write
        record = dossiers.open_dossier(session, context, rows[0].id)
        assert record.fields.notes.startswith(NOTICE)
        assert record.created_at.year == int(record.reference.split("-")[1])


def test_the_desktop_demo_fills_only_an_empty_database(workspace) -> None:
    assert add_demo_if_empty(workspace, "test", 5) == 5
    assert add_demo_if_empty(workspace, "test", 5) == 0
    with workspace.database.reads() as session:
        assert dossiers.count_dossiers(session, dossiers.DossierQuery()) == 5


def test_adding_demo_dossiers_twice_with_one_seed_does_not_collide(database, context) -> None:
    for _ in range(2):
        with database.sessions.begin() as session:
            add_demo_dossiers(session, context, 10, seed=1)
    with database.reads() as session:
        assert dossiers.count_dossiers(session, dossiers.DossierQuery()) == 20


@pytest.mark.parametrize("count", [0, -1, 10_001])
def test_count_out_of_range_is_refused(database, context, count) -> None:
    with pytest.raises(ValidationError), database.sessions.begin() as session:
        add_demo_dossiers(session, context, count)


def test_the_demo_case_base_is_consistent_and_shows_every_situation(database, context) -> None:
    with database.sessions.begin() as session:
        add_demo_dossiers(session, context, 40, seed=3)
        ids = session.scalars(select(DossierFactorsRow.dossier_id)).all()
        states = [precedents.load_precedents(session, context, i) for i in ids]
        imported = session.scalar(select(func.count()).select_from(ImportedPrecedentRow))
        status = {
            row.id: row.status for row in session.execute(select(DossierRow.id, DossierRow.status))
        }
    decided = [s for s in states if s.decision is not None]
    assert len(decided) >= 10 and imported and imported >= 5
    assert all(s.report is not None and not s.report.base_conflicts for s in states)
    open_checks = [
        check
        for s in states
        if status[s.dossier_id] in ("analyse", "ter_bespreking") and s.report is not None
        for check in s.report.outcomes.values()
    ]
    proposed = [s for s in states if status[s.dossier_id] == "ter_bespreking"]
    assert proposed and all(s.decision is not None for s in proposed)
    assert any(c.status is Status.FORCED for c in open_checks)
    assert any(c.status is Status.FREE and c.conflicts for c in open_checks)
    assert any(c.status is Status.FREE and not c.conflicts for c in open_checks)
    for state in decided:  # every decision and proposal follows the precedents before it
        assert state.decision is not None and state.report is not None
        outcome = state.report.outcomes[state.decision.outcome]
        assert outcome.status is not Status.INCONSISTENT
        assert state.decision.motivation.startswith("Fictief")


def test_the_demo_tags_only_factors_a_new_dossier_could_get(database, context) -> None:
    """No retired factor and none limited to another route: the demo shows the catalogues
    as a caseworker meets them today."""
    with database.sessions.begin() as session:
        add_demo_dossiers(session, context, 40, seed=3)
        known = catalogues.known_catalogues(session)
        tagged = [
            (CatalogueRef(row.catalogue_id, row.catalogue_version), row.factors, route)
            for row, route in session.execute(
                select(DossierFactorsRow, AssessmentRow.route).outerjoin(
                    AssessmentRow,
                    (AssessmentRow.dossier_id == DossierFactorsRow.dossier_id)
                    & AssessmentRow.superseded_at.is_(None),
                )
            )
        ]
        tagged += [
            (CatalogueRef(row.catalogue_id, row.catalogue_version), row.factors, row.route)
            for row in session.scalars(select(ImportedPrecedentRow))
        ]
    assert len(tagged) > 20
    today = context.current_date()
    newest = {c.header.id: c.ref for c in known.factor_choices(today)}
    for ref, factors, route in tagged:
        assert newest[ref.id] == ref  # the version in force
        catalogue = known.factors(ref)
        offered = {f.id for f in catalogue.applicable(route, "")}
        assert set(factors) <= offered, (ref, sorted(set(factors) - offered))


def test_demo_dossiers_carry_weighings_and_proposals_with_a_spread(database, context) -> None:
    with database.sessions.begin() as session:
        add_demo_dossiers(session, context, 40, seed=3)
        verdicts = set(session.scalars(select(WeighingRow.verdict)))
        proposals = session.scalar(select(func.count()).select_from(ProposalRow))
        decided = session.scalars(select(DecisionRow.dossier_id)).all()
        found = {f.id for d in decided for f in load_check(session, context, d).findings}
    assert verdicts == {"disproportionate", "proportionate", "uncertain"}
    assert proposals and proposals >= 10
    assert {"free-decision", "single-decider"} <= found


def test_the_demo_fills_every_role_and_plans_a_meeting_for_the_dossiers_ter_bespreking(
    database, context
) -> None:
    with database.sessions.begin() as session:
        add_demo_dossiers(session, context, 40, seed=3)
        people = users.list_users(session)
        (summary,) = meetings.list_meetings(session)
        meeting = meetings.load_meeting(session, summary.id)
        discussed = dossiers.list_dossiers(
            session, dossiers.DossierQuery(status=DossierStatus.TER_BESPREKING), limit=None
        )
        owners = {r.owner for r in dossiers.list_dossiers(session, dossiers.DossierQuery())}
    assert {role for u in people for role in u.roles} == set(PERSON_ROLES)
    members = [u for u in people if u.has(Role.MEMBER)]
    assert {u.discipline for u in members} == set(Discipline)
    chairs = [u for u in people if u.has(Role.CHAIR)]
    assert len(chairs) == 2 and Discipline.LEGAL in {u.discipline for u in chairs}
    assert owners <= {u.name for u in people if u.has(Role.CASEWORKER)}
    assert meeting.status is MeetingStatus.PLANNED and meeting.chair in chairs
    assert meeting.location.startswith("Fictief")
    assert 3 <= (meeting.held_on - context.today).days <= 5 and meeting.held_on.weekday() < 5
    with_discipline = [m for m in meeting.members if m.user.has(Role.MEMBER)]
    assert 4 <= len(with_discipline) <= 6 and all(m.discipline for m in with_discipline)
    assert sorted(i.reference for i in meeting.agenda) == sorted(r.reference for r in discussed)
    assert all(20 <= i.minutes <= 30 for i in meeting.agenda)
    assert meeting.chair.name not in owners  # four eyes: the chair signs others' proposals


def test_running_the_demo_twice_adds_no_user_twice(database, context) -> None:
    for seed in (1, 2):
        with database.sessions.begin() as session:
            add_demo_dossiers(session, context, 20, seed=seed)
    with database.reads() as session:
        names = [u.name for u in users.list_users(session, include_inactive=True)]
        planned = meetings.list_meetings(session)
    assert len(names) == len(set(names)) == len(DEMO_USERS)
    assert len(planned) == 2 and all(m.items for m in planned)


def test_the_demo_conference_is_the_same_for_the_same_seed(tmp_path, context) -> None:
    plans = []
    for run in ("a", "b"):
        database = open_database(tmp_path / f"{run}.sqlite3")
        with database.sessions.begin() as session:
            add_demo_dossiers(session, context, 20, seed=9)
            (summary,) = meetings.list_meetings(session)
            meeting = meetings.load_meeting(session, summary.id)
            plans.append(
                (
                    sorted(m.user.name for m in meeting.members),
                    [(i.reference, i.minutes) for i in meeting.agenda],
                )
            )
        database.close()
    assert plans[0] == plans[1]


def test_the_demo_record_checks_out_and_reports_its_progress(database, context) -> None:
    """Every historic version the demo registers verifies, the audit trail is one chain,
    every decided dossier has its place on the balance chart, and each step is reported."""
    reported: list[tuple[str, int, int]] = []
    with database.sessions.begin() as session:
        add_demo_dossiers(session, context, 30, seed=4, progress=lambda *a: reported.append(a))
    with database.reads() as session:
        assert broken_dossiers(session) == []
        assert audit.verify_trail(session).broken is None
        places = session.execute(
            select(WeighingRow.disproportion, WeighingRow.risk)
            .join(DossierRow, DossierRow.id == WeighingRow.dossier_id)
            .where(DossierRow.status.in_(("besloten", "afgesloten")))
        ).all()
        historic = session.scalar(select(func.count()).select_from(SignedDecisionRow))
    assert historic and len(places) >= historic
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in places)
    steps = {label for label, _done, _total in reported}
    assert steps == {"Dossiers opslaan", "Afwegingen en voorstellen", "Besluiten vastleggen"}
    assert all(total == 30 and 0 < done <= total for _label, done, total in reported)
    assert {done for _label, done, _total in reported} == {30}


def test_a_decided_dossiers_story_says_what_its_decision_says(database, context) -> None:
    with database.sessions.begin() as session:
        add_demo_dossiers(session, context, 40, seed=5)
        decided = {
            dossier_id: precedents.load_precedents(session, context, dossier_id).decision
            for dossier_id in session.scalars(select(DecisionRow.dossier_id))
        }
        notes = {
            dossier_id: dossiers.open_dossier(session, context, dossier_id).timeline
            for dossier_id in decided
        }
    told = 0
    for dossier_id, decision in decided.items():
        assert decision is not None
        for entry in notes[dossier_id]:
            head, mark, said = entry.description.partition(DECIDED_MARK)
            if mark and head.startswith("Casuïstiekoverleg met "):
                told += 1
                assert said.startswith(DECIDED_TO[decision.outcome_type]), (said, decision)
                other = "algemene regel" if decision.outcome.value == "deviate" else "tegemoet"
                assert other not in said  # a deviation is not told as keeping the rule
    assert told >= 5


def test_told_decision_rewrites_only_the_conference_note() -> None:
    entries = (
        TimelineEntry(date(2026, 1, 5), TimelineKind.NOTE, "Huisbezoek: besloten tot koffie."),
        TimelineEntry(
            date(2026, 2, 1), TimelineKind.NOTE, "Casuïstiekoverleg met zorg: besloten tot x."
        ),
    )
    decision = Decision(OutcomeType.PARTIAL, Degree(DegreeUnit.PERCENT, 40.0), None)
    first, second = told_decision(entries, decision)
    assert first == entries[0]
    assert second.description == (
        "Casuïstiekoverleg met zorg: besloten tot gedeeltelijk tegemoetkomen aan het verzoek (40%)."
    )


def test_a_citizen_text_names_no_other_organisation_than_the_one_deciding(
    database, context
) -> None:
    with database.sessions.begin() as session:
        add_demo_dossiers(session, context, 40, seed=5)
        texts = session.scalars(select(ProposalRow.citizen_text)).all()
    assert texts and not any("gemeente" in text.lower() for text in texts)


_WEIGHED = {
    VerdictValue.DISPROPORTIONATE: Outcome.DEVIATE,
    VerdictValue.PROPORTIONATE: Outcome.GENERIC,
}


def _pointing(check: DossierCheck) -> dict[str, Outcome | None]:
    """Where each part of a dossier points: its route check (every answer met: deviate;
    any not met: the generic rule), its weighing's verdict and its decision or proposal."""
    answers = {a.answer for a in check.assessment.assessment.answers.values()} - {Answer.UNKNOWN}
    criteria = None
    if Answer.NOT_MET in answers:
        criteria = Outcome.GENERIC
    elif answers:
        criteria = Outcome.DEVIATE
    decision = check.precedents.decision
    return {
        "criteria": criteria,
        "weighing": _WEIGHED.get(check.weighing.verdict.value),
        "decision": decision.outcome if decision is not None else None,
    }


@pytest.mark.parametrize("seed", [5, 7])
def test_criteria_weighing_and_decision_tell_one_story(database, context, seed: int) -> None:
    """A deviation meets its route's criteria on a disproportionate generic outcome; the
    generic rule rests on a proportionate one or on criteria not met; an open dossier may
    be answered partly, but no part of a dossier points against another."""
    with database.sessions.begin() as session:
        add_demo_dossiers(session, context, 40, seed=seed)
        checked = load_checked(session, context, session.scalars(select(DossierRow.id)).all())
    told = Counter()
    for record, check in checked:
        pointing = _pointing(check)
        where = (record.reference, record.fields.status, pointing)
        assert len({p for p in pointing.values() if p is not None}) <= 1, where
        if record.fields.status not in (DossierStatus.BESLOTEN, DossierStatus.AFGESLOTEN):
            continue
        decided = pointing["decision"]
        if decided is Outcome.DEVIATE:
            assert check.assessment.result.applicable is Applicability.YES, where
            assert pointing["weighing"] is Outcome.DEVIATE, where
        elif decided is Outcome.GENERIC:
            assert Outcome.GENERIC in (pointing["weighing"], pointing["criteria"]), where
        told[decided] += 1
    assert told[Outcome.DEVIATE] and told[Outcome.GENERIC]


_MONEY_BACK = ("terugbetal", "terug te betalen", "terugvorder", "vordering")


def test_a_weighing_and_a_letter_speak_of_their_own_dossiers_matter(database, context) -> None:
    """A closure, an exemption or a fine is weighed and told without talk of paying back;
    a recovery is weighed as one."""
    with database.sessions.begin() as session:
        add_demo_dossiers(session, context, 40, seed=7)
        checked = load_checked(session, context, session.scalars(select(DossierRow.id)).all())
    spoken = Counter()
    for record, check in checked:
        weighing = check.weighing.weighing
        texts = [weighing.aim, check.proposal.citizen_text]
        texts += [step.motivation for step in weighing.steps.values()]
        texts += [alt.set_aside for alt in weighing.alternatives.values()]
        about_money = any(word in text.lower() for text in texts for word in _MONEY_BACK)
        title = record.fields.title.lower()
        recovery = "terugvordering" in title or "invordering" in title
        if not weighing.aim:
            continue
        assert about_money <= recovery, (record.reference, record.fields.title, texts)
        spoken[recovery] += 1
    assert spoken[True] and spoken[False]


@pytest.mark.parametrize("seed", [5, 7])
def test_the_demo_groups_members_point_where_their_group_decision_does(
    database, context, seed: int
) -> None:
    """The rule pinches alike for each member: no member's route check, weighing or own
    decision speaks against the group decision before its individual check."""
    with database.sessions.begin() as session:
        add_demo_dossiers(session, context, 40, seed=seed)
        (group,) = groups.list_groups(session, context)
        assert group.decision is not None and group.decision.outcome is Outcome.DEVIATE
        ids = [member.dossier_id for member in group.members]
        checked = load_checked(session, context, ids)
    for record, check in checked:
        pointing = {p for p in _pointing(check).values() if p is not None}
        assert pointing <= {Outcome.DEVIATE}, (record.reference, pointing)


@pytest.mark.parametrize("today", [date(2026, 1, 2), date(2026, 11, 28), date(2027, 7, 31)])
def test_the_demo_fills_the_intake_queue_with_explained_signals_on_any_day(
    database, today: date
) -> None:
    """Several open demo dossiers give signals, each explained with its threshold; at
    least one open dossier gives none and stays off the queue."""
    from maatwerkdesk.services.context import Context
    from maatwerkdesk.services.intake_queue import OPEN_STATUSES, intake_queue

    context = Context(actor="test-behandelaar", origin="test", today=today)
    with database.sessions.begin() as session:
        add_demo_dossiers(session, context, 10, seed=3)
        queue = intake_queue(session, context)
        open_ids = set(
            session.scalars(
                select(DossierRow.id).where(DossierRow.status.in_([s.value for s in OPEN_STATUSES]))
            )
        )
    listed = {entry.dossier_id for entry in queue.entries}
    assert len(listed) >= 3 and listed < open_ids
    signals = {hit.signal_id for entry in queue.entries for hit in entry.hits}
    assert len(signals) >= 3
    for entry in queue.entries:
        for hit in entry.hits:
            assert "Drempel: " in hit.explanation and "2026.1" in hit.explanation
