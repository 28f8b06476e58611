"""Two programs saving the same record: the second is refused by name, never by a
database error, and never overwrites what the first saved."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conference_team import Team, plan, prepare, ship
from precedent_fixtures import TEST_FACTORS as FACTORS
from sqlalchemy import select

from maatwerkdesk.domain.concurrency import changed_when, rebase
from maatwerkdesk.domain.conference import Stance
from maatwerkdesk.domain.dossier import DossierFields, Subject
from maatwerkdesk.domain.errors import ConcurrentEditError
from maatwerkdesk.domain.people import Role
from maatwerkdesk.domain.proposal import Proposal
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import AuditRow
from maatwerkdesk.services import (
    assessments,
    dossiers,
    meetings,
    precedents,
    proposals,
    users,
    weighing,
)
from maatwerkdesk.services.context import Context, acting_as, person_of
from maatwerkdesk.services.unit_of_work import writing

ANOUK = Context(actor=acting_as("Anouk Verhoef", "averhoef"), origin="test")
BERT = Context(actor=acting_as("Bert Bakker", "bbakker"), origin="test")


def new_dossier(database: Database) -> str:
    with writing(database) as session:
        return dossiers.create_dossier(session, ANOUK, DossierFields(title="Gedeeld")).id


def save_title(database: Database, context: Context, dossier_id: str, title: str, revision: int):  # type: ignore[no-untyped-def]
    with writing(database) as session:
        record = dossiers.open_dossier(session, context, dossier_id)
        return dossiers.update_dossier(
            session, context, dossier_id, replace(record.fields, title=title),
            expected_revision=revision,
        )  # fmt: skip


def test_a_save_from_an_older_revision_names_who_changed_it_and_when(
    database: Database, other: Database
) -> None:
    dossier_id = new_dossier(database)
    before = datetime.now(UTC)
    save_title(database, ANOUK, dossier_id, "Versie van Anouk", 1)
    with pytest.raises(ConcurrentEditError) as refused:
        save_title(other, BERT, dossier_id, "Versie van Bert", 1)
    error = refused.value
    assert error.changed_by == "Anouk Verhoef"
    assert error.changed_at is not None and error.changed_at >= before - timedelta(seconds=1)
    assert str(error).startswith("Dossier MW-")
    assert f"gewijzigd door Anouk Verhoef {changed_when(error.changed_at)}" in str(error)
    with writing(database) as session:
        assert dossiers.open_dossier(session, ANOUK, dossier_id).fields.title == (
            "Versie van Anouk"
        )
        conflicts = session.scalars(
            select(AuditRow.actor).where(AuditRow.result == "conflict")
        ).all()
    assert conflicts == [BERT.actor]


def test_a_timeline_entry_by_a_colleague_is_named_too(database: Database) -> None:
    from maatwerkdesk.domain.dossier import TimelineEntry
    from maatwerkdesk.domain.vocabulary import TimelineKind

    dossier_id = new_dossier(database)
    with writing(database) as session:
        dossiers.add_timeline_entry(
            session, BERT, dossier_id,
            TimelineEntry(datetime.now().date(), TimelineKind.CONTACT, "Gebeld."),
        )  # fmt: skip
    with pytest.raises(ConcurrentEditError) as refused:
        save_title(database, ANOUK, dossier_id, "Later", 1)
    assert refused.value.changed_by == "Bert Bakker"


def test_two_programs_saving_at_once_one_wins_the_other_is_told(
    database: Database, other: Database
) -> None:
    """Both read revision 1 and save at the same moment: exactly one save lands, the other
    is the named refusal, never a database error or a lost update."""
    dossier_id = new_dossier(database)
    outcomes: dict[str, object] = {}
    start = threading.Barrier(2)

    def save(name: str, program: Database, context: Context) -> None:
        start.wait()
        try:
            save_title(program, context, dossier_id, f"Versie van {name}", 1)
            outcomes[name] = "saved"
        except Exception as error:
            outcomes[name] = error

    threads = [
        threading.Thread(target=save, args=("Anouk", database, ANOUK)),
        threading.Thread(target=save, args=("Bert", other, BERT)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    saved = [name for name, outcome in outcomes.items() if outcome == "saved"]
    refused = [o for o in outcomes.values() if isinstance(o, ConcurrentEditError)]
    assert len(saved) == 1 and len(refused) == 1, outcomes
    winner = saved[0]
    assert refused[0].changed_by == {"Anouk": "Anouk Verhoef", "Bert": "Bert Bakker"}[winner]
    with writing(database) as session:
        record = dossiers.open_dossier(session, ANOUK, dossier_id)
    assert (record.fields.title, record.revision) == (f"Versie van {winner}", 2)


def test_without_an_expected_revision_nothing_is_checked(database: Database) -> None:
    """The command line and the import act on what they read themselves."""
    dossier_id = new_dossier(database)
    save_title(database, ANOUK, dossier_id, "Eerste", 1)
    with writing(database) as session:
        record = dossiers.open_dossier(session, BERT, dossier_id)
        dossiers.update_dossier(
            session, BERT, dossier_id, replace(record.fields, title="Tweede"),
            expected_revision=record.revision,
        )  # fmt: skip


# ---------------------------------------------------------------------- the agenda item


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, database: Database) -> Team:
    ship(tmp_path, monkeypatch)
    return Team(database)


def item_of(team: Team, item_id: str):  # type: ignore[no-untyped-def]
    return team.run(team.secretary, lambda s, _c: meetings.load_item(s, item_id))


def test_a_members_advice_makes_the_secretarys_older_record_stale(team: Team) -> None:
    _meeting, item_id = plan(team, prepare(team))
    seen = item_of(team, item_id)
    team.run(team.legal, lambda s, c: meetings.give_advice(s, c, item_id, Stance.SUPPORT, "Ja."))
    assert item_of(team, item_id).revision > seen.revision

    mine = replace(seen.record, dissent="Eén lid twijfelt.")
    with pytest.raises(ConcurrentEditError) as refused:
        team.run(
            team.secretary,
            lambda s, c: meetings.record_item(s, c, item_id, mine, expected_revision=seen.revision),
        )
    assert refused.value.changed_by == "Lotte Jurist"
    assert "Het verslag van MW-" in str(refused.value)
    stored = item_of(team, item_id).record
    assert [a.name for a in stored.advice] == ["Lotte Jurist"] and stored.dissent == ""

    fresh = item_of(team, item_id)
    team.run(
        team.secretary,
        lambda s, c: meetings.record_item(
            s, c, item_id, replace(fresh.record, dissent="Eén lid twijfelt."),
            expected_revision=fresh.revision,
        ),
    )  # fmt: skip
    stored = item_of(team, item_id).record
    assert [a.name for a in stored.advice] == ["Lotte Jurist"]
    assert stored.dissent == "Eén lid twijfelt."


def test_members_advise_at_once_but_not_over_the_secretarys_change(team: Team) -> None:
    _meeting, item_id = plan(team, prepare(team))
    seen = item_of(team, item_id)
    # Two members give their advice from the same screen: no conflict between them.
    for member in (team.legal, team.income):
        team.run(
            member,
            lambda s, c: meetings.give_advice(
                s, c, item_id, Stance.SUPPORT, "Eens.", expected=None
            ),
        )
    # The secretary corrects Lotte's advice; Lotte's own later change from her old
    # screen is refused by name.
    current = item_of(team, item_id)
    corrected = tuple(
        replace(a, text="Eens, mits de termijn klopt.") if a.user_id == team.legal.id else a
        for a in current.record.advice
    )
    team.run(
        team.secretary,
        lambda s, c: meetings.record_item(
            s, c, item_id, replace(current.record, advice=corrected),
            expected_revision=current.revision,
        ),
    )  # fmt: skip
    own = next(a for a in current.record.advice if a.user_id == team.legal.id)
    with pytest.raises(ConcurrentEditError) as refused:
        team.run(
            team.legal,
            lambda s, c: meetings.give_advice(
                s, c, item_id, Stance.OPPOSE, "Toch niet.", expected=own
            ),
        )
    assert refused.value.changed_by == "Sam Secretaris"
    assert str(refused.value).startswith("Uw advies bij MW-")
    assert seen.revision < item_of(team, item_id).revision


# ---------------------------------------------------------------------- words and merging


def test_the_actor_of_a_chosen_user_reads_back_as_the_person() -> None:
    assert person_of(acting_as("Anouk Verhoef", "averhoef")) == "Anouk Verhoef"
    assert person_of("opdrachtregel") == "opdrachtregel"
    assert person_of("Naam (account x") == "Naam (account x"


def test_when_a_change_was_made_reads_as_a_time_today_and_a_date_otherwise() -> None:
    now = datetime(2026, 11, 28, 15, 0).astimezone()
    assert changed_when(now.replace(hour=14, minute=32), now) == "om 14:32"
    yesterday = now - timedelta(days=1)
    assert changed_when(yesterday, now) == f"op {yesterday:%d-%m-%Y} om {yesterday:%H:%M}"
    assert changed_when(None, now) == ""


def test_rebase_puts_own_changes_on_theirs_and_names_what_both_changed() -> None:
    base = DossierFields(title="Oud", knelpunt="Knel", notes="", subject=Subject(name="A"))
    mine = replace(base, title="Mijn titel", notes="Mijn notitie")
    theirs = replace(base, title="Hun titel", knelpunt="Hun knelpunt")
    merged = rebase(base, mine, theirs)
    assert merged.value == replace(theirs, title="Mijn titel", notes="Mijn notitie")
    assert merged.theirs == ("title", "knelpunt")
    assert merged.both == ("title",)
    same = rebase(base, mine, replace(base, title="Mijn titel"))
    assert same.both == () and same.value == mine


def test_the_two_articles_are_two_parts_when_rebasing() -> None:
    base = DossierFields(title="Oud", article="art. 58 lid 8")
    mine = replace(base, article="art. 58 lid 1", deviation_article="art. 58 lid 8")
    theirs = replace(base, deviation_article="lid 8")
    merged = rebase(base, mine, theirs)
    assert merged.theirs == ("deviation_article",) and merged.both == ("deviation_article",)
    assert merged.value == mine
    only_theirs = rebase(base, replace(base, article="art. 58 lid 1"), theirs)
    assert only_theirs.both == ()
    assert only_theirs.value == replace(theirs, article="art. 58 lid 1")


def test_a_record_is_rebased_member_by_member() -> None:
    from maatwerkdesk.domain.conference import Advice, ItemRecord, rebase_record

    lotte = Advice("u-lotte", "Lotte Jurist", None, Stance.SUPPORT, "Eens.")
    ilse = Advice("u-ilse", "Ilse Inkomen", None, Stance.AMEND, "Korter.")
    base = ItemRecord(advice=(lotte,))
    mine = ItemRecord(advice=(lotte, ilse), dissent="Ilse twijfelt.")
    theirs = ItemRecord(advice=(replace(lotte, text="Eens, mits."),))
    merged = rebase_record(base, mine, theirs)
    assert merged.value == ItemRecord(
        advice=(ilse, replace(lotte, text="Eens, mits.")), dissent="Ilse twijfelt."
    )
    assert (merged.theirs, merged.both) == (("advice",), ())
    clash = rebase_record(base, ItemRecord(advice=(replace(lotte, text="Nee."),)), theirs)
    assert clash.both == ("advice",)
    assert clash.value.advice == (replace(lotte, text="Nee."),)


def test_rebase_merges_a_mapping_key_by_key() -> None:
    from maatwerkdesk.domain.proposal import Proposal

    base = Proposal(factor_motivations={"a": "A", "b": "B"})
    mine = Proposal(factor_motivations={"a": "Mijn A", "c": "Mijn C"})  # b removed
    theirs = Proposal(factor_motivations={"a": "A", "b": "B", "d": "Hun D"})
    merged = rebase(base, mine, theirs)
    assert merged.value.factor_motivations == {"a": "Mijn A", "c": "Mijn C", "d": "Hun D"}
    assert merged.both == ()
    clash = rebase(base, mine, Proposal(factor_motivations={"a": "Hun A", "b": "B"}))
    assert clash.both == ("factor_motivations",)
    assert clash.value.factor_motivations == {"a": "Mijn A", "c": "Mijn C"}


# ---------------------------------------------------------------------- the dossier's parts


def test_every_part_of_a_dossier_is_saved_from_the_revision_it_was_read_at(team: Team) -> None:
    """The route check, factors, decision, weighing and proposal: a save from an older
    revision is refused naming who saved in between; a save from the current one passes."""
    from maatwerkdesk.domain.weighing import Weighing

    dossier_id = prepare(team)
    other = team.run(team.admin, lambda s, c: users.add_user(s, c, "Bert Bakker", Role.CASEWORKER))

    def states(session, context):  # type: ignore[no-untyped-def]
        return (
            assessments.load_assessment(session, context, dossier_id),
            precedents.load_precedents(session, context, dossier_id),
            weighing.load_weighing(session, dossier_id),
            proposals.proposal_revision(session, dossier_id),
        )

    assessment, precedent, weighed, proposal_revision = team.run(team.caseworker, states)
    saves = {
        "De toetsing": lambda s, c, revision: assessments.save_assessment(
            s, c, dossier_id, assessment.assessment, expected_revision=revision
        ),
        "De factoren": lambda s, c, revision: precedents.save_factors(
            s, c, dossier_id, FACTORS, precedent.factors, expected_revision=revision
        ),
        "De beslissing": lambda s, c, revision: precedents.save_decision(
            s, c, dossier_id, precedent.decision, expected_revision=revision
        ),
        "De afweging": lambda s, c, revision: weighing.save_weighing(
            s, c, dossier_id, replace(weighed.weighing, aim="Anders."), expected_revision=revision
        ),
        "Het voorstel": lambda s, c, revision: proposals.save_proposal(
            s, c, dossier_id, Proposal(citizen_text="Anders."), expected_revision=revision
        ),
    }
    read_at = {
        "De toetsing": assessment.revision,
        "De factoren": precedent.factors_revision,
        "De beslissing": precedent.decision_revision,
        "De afweging": weighed.revision,
        "Het voorstel": proposal_revision,
    }
    assert all(revision >= 1 for revision in read_at.values()), read_at
    assert isinstance(weighed.weighing, Weighing)
    for what, save in saves.items():
        team.run(other, lambda s, c, save=save, what=what: save(s, c, read_at[what]))
    for what, save in saves.items():
        with pytest.raises(ConcurrentEditError) as refused:
            team.run(team.caseworker, lambda s, c, save=save, what=what: save(s, c, read_at[what]))
        assert str(refused.value).startswith(f"{what} van MW-"), what
        assert refused.value.changed_by == "Bert Bakker", what


def test_a_record_kept_as_a_concept_reads_back_as_it_was() -> None:
    from datetime import date

    from maatwerkdesk.domain.conference import (
        ActionItem,
        Advice,
        ItemRecord,
        record_from_data,
        record_to_data,
    )
    from maatwerkdesk.domain.decision import Decision, OutcomeType
    from maatwerkdesk.domain.people import Discipline
    from maatwerkdesk.domain.proposal import Signal, SignalKind

    record = ItemRecord(
        advice=(Advice("u-1", "Lotte Jurist", Discipline.LEGAL, Stance.AMEND, "Korter."),),
        dissent="Eén lid twijfelt.",
        conflicts=("u-2",),
        decision=Decision(OutcomeType.FULL, motivation="Zo."),
        departure_motivation="Anders dan toen.",
        override_motivation="",
        actions=(ActionItem("Anouk", "Bellen", date(2026, 12, 10)), ActionItem("Bert", "Brief")),
        review_date=date(2027, 6, 1),
        signal=Signal(SignalKind.LAW, "Pw 58", "SZW"),
    )
    assert record_from_data(record_to_data(record)) == record
    assert record_from_data(record_to_data(ItemRecord())) == ItemRecord()
